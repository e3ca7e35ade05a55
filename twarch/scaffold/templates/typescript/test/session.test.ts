/**
 * A simulated ConversationRelay replays a call against the server on loopback: the greeting, two turns, an
 * interrupt, a keypad digit and the end of the session, with the LLM replaced by a fake.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import WebSocket from "ws";

import { FakeLlm, listening, signature } from "./helpers.js";
import * as config from "../src/config.js";
import { callToken } from "../src/security.js";
import { makeServer } from "../src/server.js";

const CALL = "CA" + "0".repeat(32);

interface Seen {
  first: [string, boolean];
  second: [string, boolean];
  digit: [string, boolean];
  fourth: [string, boolean];
  closing: [string, boolean];
  end: { type: string; handoffData: string };
  after: [number, string];
  paid?: [number, string];
}

async function post(base: string, path: string, form: Record<string, string>, sign = true): Promise<[number, string]> {
  const response = await fetch(`http://${base}${path}`, {
    method: "POST", body: new URLSearchParams(form),
    headers: { "X-Twilio-Signature": sign ? signature(path, form) : "x" },
  });
  return [response.status, await response.text()];
}

/** Messages from the server, one at a time. */
class Inbox {
  private readonly waiting: ((message: Record<string, unknown>) => void)[] = [];
  private readonly kept: Record<string, unknown>[] = [];

  constructor(ws: WebSocket) {
    ws.on("message", (data) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      const taker = this.waiting.shift();
      if (taker) {
        taker(message);
      } else {
        this.kept.push(message);
      }
    });
  }

  next(): Promise<Record<string, unknown>> {
    const message = this.kept.shift();
    if (message) {
      return Promise.resolve(message);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no message within 5 s")), 5000);
      this.waiting.push((m) => {
        clearTimeout(timer);
        resolve(m);
      });
    });
  }

  /** The text tokens of one reply, up to the one marked last. */
  async reply(): Promise<[string, boolean]> {
    const tokens: string[] = [];
    for (;;) {
      const message = await this.next();
      assert.equal(message.type, "text", JSON.stringify(message));
      tokens.push(String(message.token));
      if (message.last) {
        return [tokens.join(""), true];
      }
    }
  }
}

async function call(llm: FakeLlm, lastWords: string): Promise<Seen> {
  const server = makeServer(llm.ask);
  const base = await listening(server);
  try {
    const [status, answer] = await post(base, "/voice", { CallSid: CALL });
    assert.ok(status === 200 && answer.includes(config.GREETING) && answer.includes(config.NOTICE), answer);
    assert.equal((await post(base, "/voice", { CallSid: CALL }, false))[0], 403);
    const ws = new WebSocket(`ws://${base}/session`);
    const inbox = new Inbox(ws);
    const closed = new Promise((resolve) => ws.on("close", resolve));
    await new Promise((resolve, reject) => ws.on("open", resolve).on("error", reject));
    const send = (message: object) => ws.send(JSON.stringify(message));
    send({ type: "setup", callSid: CALL, from: "+15550100", to: "+15550101",
           customParameters: { callToken: callToken(CALL) } });
    send({ type: "prompt", voicePrompt: "Hi, what are your opening hours?", lang: "en-US", last: true });
    const first = await inbox.reply();
    send({ type: "prompt", voicePrompt: "My account number is 4111 1111 1111 1111.", lang: "en-US", last: true });
    const second = await inbox.reply();
    send({ type: "prompt", voicePrompt: "And tomorrow?", lang: "en-US", last: true });
    assert.deepEqual(await inbox.next(), { type: "text", token: "Let me see", last: false });
    send({ type: "interrupt", utteranceUntilInterrupt: "Let me", durationUntilInterruptMs: 700 });
    send({ type: "dtmf", digit: "5" });
    const digit = await inbox.reply();
    send({ type: "prompt", voicePrompt: "Sorry, go on.", lang: "en-US", last: true });
    const fourth = await inbox.reply();
    send({ type: "error", description: "a test error" });
    send({ type: "prompt", voicePrompt: lastWords, lang: "en-US", last: true });
    const closing = await inbox.reply();
    const end = (await inbox.next()) as Seen["end"];
    await closed;
    const after = await post(base, "/connect-action", { CallSid: CALL, HandoffData: end.handoffData ?? "" });
    const seen: Seen = { first, second, digit, fourth, closing, end, after };
//[if payments]
    seen.paid = await post(base, "/pay-action", { CallSid: CALL, Result: "success" });
//[end]
    return seen;
  } finally {
    server.close();
  }
}

function conversationWentAsScripted(seen: Seen, llm: FakeLlm): void {
  assert.deepEqual(seen.first, ["We open at nine.", true]);
  assert.deepEqual(seen.second, ["Thanks, noted.", true]);
  assert.ok(seen.digit[1] && seen.digit[0].includes("keypad"));
  assert.deepEqual(seen.fourth, ["As I was saying.", true]);
  const history = llm.asked[3];
  assert.deepEqual(history[0], { role: "system", content: config.SYSTEM_PROMPT });
  assert.deepEqual(history.slice(1).map((m) => m.content), [
    "Hi, what are your opening hours?", "We open at nine.", "My account number is [card number removed].",
    "Thanks, noted.", "And tomorrow?", "Let me", "Sorry, go on."]);
  assert.ok(!llm.asked.some((asked) => asked.some((m) => m.content.includes("4111"))));
}

function script(): FakeLlm {
  return new FakeLlm(["We open ", "at nine."], ["Thanks, ", "noted."], null, ["As I was ", "saying."]);
}

test("a call that ends with goodbye", async () => {
  const llm = script();
  const seen = await call(llm, "Thanks, goodbye.");
  conversationWentAsScripted(seen, llm);
  assert.deepEqual(seen.closing, [config.GOODBYE_SENTENCE, true]);
  assert.equal(JSON.parse(seen.end.handoffData).reason, "goodbye");
  assert.ok(seen.after[0] === 200 && seen.after[1].includes("<Hangup"));
});
//[if handoff]

test("a call handed to a person", async () => {
  const llm = script();
  const seen = await call(llm, "Can I talk to a person please?");
  conversationWentAsScripted(seen, llm);
  assert.deepEqual(seen.closing, [config.HANDOFF_SENTENCE, true]);
  const data = JSON.parse(seen.end.handoffData);
  assert.ok(seen.end.type === "end" && data.reason === "human" && data.callSid === CALL);
  assert.ok(data.summary.includes("opening hours") && !data.summary.includes("4111"));
//[end]
//[if flex]
  assert.ok(seen.after[1].includes("<Enqueue") && seen.after[1].includes("test-twilio-workflow-sid"));
//[end]
//[if phone]
  assert.ok(seen.after[1].includes("<Dial") && seen.after[1].includes("test-handoff-phone-number"));
//[end]
//[if handoff]
});
//[end]
//[if payments]

test("a caller who pays is taken to pay and back", async () => {
  const llm = script();
  const seen = await call(llm, "I would like to pay my bill.");
  conversationWentAsScripted(seen, llm);
  assert.deepEqual(seen.closing, [config.PAYMENT_SENTENCE, true]);
  assert.equal(JSON.parse(seen.end.handoffData).reason, "payment");
  assert.ok(seen.after[1].includes("<Pay") && seen.after[1].includes("test-pay-connector"));
  assert.ok(seen.paid !== undefined && seen.paid[1].includes("went through") && seen.paid[1].includes("<ConversationRelay"));
});
//[end]
