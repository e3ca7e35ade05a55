/**
 * The agent's turn-taking: history per call, hand-off and payment intents, no card data.
 *
 * The LLM is one function (`askLlm` in llm.ts); the server is given it, so the tests give it a fake.
 */

import { HANDOFF, PAYMENTS, SYSTEM_PROMPT } from "./config.js";

export interface Message {
  role: "system" | "user" | "assistant";
  content: string;
}

/** The LLM: given the conversation so far (system prompt first), yields the reply's text piece by piece. */
export type AskLlm = (messages: Message[]) => AsyncIterable<string>;

/** A run of 12 to 19 digits, spaces or dashes allowed between them: what a card number looks like when spoken. */
const CARD_NUMBER = /(?:\d[ -]?){12,18}\d/g;
const HUMAN_WORDS = /\b(human|person|agent|representative|someone real)\b/i;
const PAYMENT_WORDS = /\b(pay|payment|card)\b/i;
const GOODBYE_WORDS = /\b(bye|goodbye)\b/i;

/** The text with anything shaped like a card number masked: card data never reaches the model or the logs. */
export function redactCardNumbers(text: string): string {
  return text.replace(CARD_NUMBER, "[card number removed]");
}

/** One call's conversation: what was said, in order, as the LLM sees it. */
export class Conversation {
  readonly history: Message[] = [];

  constructor(public callSid: string) {}

  addCaller(text: string): void {
    this.history.push({ role: "user", content: redactCardNumbers(text) });
  }

  addAgent(text: string): void {
    if (text) {
      this.history.push({ role: "assistant", content: text });
    }
  }

  messages(): Message[] {
    return [{ role: "system", content: SYSTEM_PROMPT }, ...this.history];
  }
}

export type Intent = "human" | "payment" | "goodbye" | "";

/** What the caller wants besides an answer: a plain first cut; replace it with a tool call. */
export function intent(text: string): Intent {
  if (HANDOFF && HUMAN_WORDS.test(text)) {
    return "human";
  }
  if (PAYMENTS && PAYMENT_WORDS.test(text)) {
    return "payment";
  }
  if (GOODBYE_WORDS.test(text)) {
    return "goodbye";
  }
  return "";
}
