/**
 * ConversationRelay's WebSocket protocol: Twilio sends setup, prompt, interrupt, dtmf and error messages; the server
 * answers with text tokens (the last one marked `last`) and, to hand the call on, an `end` message whose
 * `handoffData` reaches the `<Connect action>` URL (server.ts, /connect-action).
 */

import type { WebSocket } from "ws";

import { AskLlm, Conversation, intent } from "./agent.js";
import { GOODBYE_SENTENCE, HANDOFF, HANDOFF_SENTENCE, PAYMENT_SENTENCE } from "./config.js";
import { callToken } from "./security.js";

type Reason = "human" | "payment" | "goodbye";

interface RelayMessage {
  type?: string;
  callSid?: string;
  customParameters?: Record<string, string>;
  voicePrompt?: string;
  last?: boolean;
  utteranceUntilInterrupt?: string;
  digit?: string;
  description?: string;
}

/** A reply being spoken, until it ends or the caller interrupts it. */
class Turn {
  stopped = false;
  private wake: () => void = () => undefined;
  readonly interrupted = new Promise<"stopped">((resolve) => {
    this.wake = () => resolve("stopped");
  });

  stop(): void {
    this.stopped = true;
    this.wake();
  }
}

/** One call on ConversationRelay: its conversation, and the reply being spoken (stopped on an interrupt). */
export class RelaySession {
  readonly conversation = new Conversation("");
  private turn: Turn | null = null;
  private speaking: Promise<void> | null = null;
  private partial = "";

  constructor(private readonly ws: WebSocket, private readonly askLlm: AskLlm) {}

  /** Act on one message from Twilio; false once the session is over. */
  async handle(message: RelayMessage): Promise<boolean> {
    switch (message.type) {
      case "setup": {
        const callSid = message.callSid ?? "";
        if (message.customParameters?.callToken !== callToken(callSid)) {
          console.warn(`refused a session whose call token does not match call ${callSid}`);
          return false;
        }
        this.conversation.callSid = callSid;
        return true;
      }
      case "prompt": {
        this.partial += message.voicePrompt ?? "";
        if (message.last ?? true) {
          const text = this.partial;
          this.partial = "";
          return this.onCaller(text);
        }
        return true;
      }
      case "interrupt":
        await this.stopSpeaking();
        this.conversation.addAgent(message.utteranceUntilInterrupt ?? "");
        return true;
      case "dtmf":
        return this.onDigit(message.digit ?? "");
      case "error":
        console.warn(`ConversationRelay error: ${message.description}`);
        return true;
      default:
        return true;
    }
  }

  private async onCaller(text: string): Promise<boolean> {
    await this.stopSpeaking();
    const wanted = intent(text);
    if (wanted) {
      await this.end(wanted);
      return false;
    }
    this.conversation.addCaller(text);
    const turn = new Turn();
    this.turn = turn;
    this.speaking = this.reply(turn);
    return true;
  }

  /** Keypad digits never reach the model (a caller may key card digits): 0 asks for a person. */
  private async onDigit(digit: string): Promise<boolean> {
    if (digit === "0" && HANDOFF) {
      await this.end("human");
      return false;
    }
    this.say("Sorry, I can't use the keypad here. Please tell me what you need.");
    return true;
  }

  private async reply(turn: Turn): Promise<void> {
    const spoken: string[] = [];
    const tokens = this.askLlm(this.conversation.messages())[Symbol.asyncIterator]();
    for (;;) {
      const next = await Promise.race([tokens.next(), turn.interrupted]);
      if (next === "stopped" || turn.stopped) {
        void tokens.return?.();
        return;
      }
      if (next.done) {
        break;
      }
      spoken.push(next.value);
      this.send({ type: "text", token: next.value, last: false });
    }
    this.send({ type: "text", token: "", last: true });
    this.conversation.addAgent(spoken.join(""));
  }

  private say(sentence: string): void {
    this.send({ type: "text", token: sentence, last: true });
  }

  private send(message: object): void {
    this.ws.send(JSON.stringify(message));
  }

  async stopSpeaking(): Promise<void> {
    this.turn?.stop();
    await this.speaking;
    this.turn = null;
    this.speaking = null;
  }

  /** Say why, then end the session: Twilio posts `handoffData` to the <Connect action> URL. */
  private async end(reason: Reason): Promise<void> {
    const sentences: Record<Reason, string> = {
      human: HANDOFF_SENTENCE, payment: PAYMENT_SENTENCE, goodbye: GOODBYE_SENTENCE,
    };
    this.say(sentences[reason]);
    const summary = this.conversation.history.filter((m) => m.role === "user").map((m) => m.content).join(" ")
      .slice(-500);
    const data = { reason, callSid: this.conversation.callSid, summary };
    this.send({ type: "end", handoffData: JSON.stringify(data) });
  }
}

/** Serve one WebSocket: messages are handled in order; the socket closes when the session is over. */
export function serve(ws: WebSocket, askLlm: AskLlm): void {
  const session = new RelaySession(ws, askLlm);
  let queue = Promise.resolve(true);
  ws.on("message", (data) => {
    queue = queue.then(async (open) => {
      if (!open) {
        return false;
      }
      const going = await session.handle(JSON.parse(data.toString()) as RelayMessage);
      if (!going) {
        await session.stopSpeaking();
        ws.close();
      }
      return going;
    });
  });
  ws.on("close", () => void session.stopSpeaking());
}
