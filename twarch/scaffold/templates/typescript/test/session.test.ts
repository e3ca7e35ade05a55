/**
 * A simulated ConversationRelay replays a call against the server on loopback: the greeting, two turns, an
 * interrupt, a keypad digit and the end of the session, with the LLM replaced by a fake.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import WebSocket from "ws";

import { FakeLlm, Inbox, listening, post } from "./helpers.js";
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

/** The text tokens of one reply, up to the one marked last. */
async function reply(inbox: Inbox): Promise<[string, boolean]> {
  const tokens: string[] = [];
  for (;;) {
    const message = await inbox.next();
    assert.equal(message.type, "text", JSON.stringify(message));
    tokens.push(String(message.token));
    if (message.last) {
      return [tokens.join(""), true];
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
    const first = await reply(inbox);
    send({ type: "prompt", voicePrompt: "My account number is 4111 1111 1111 1111.", lang: "en-US", last: true });
    const second = await reply(inbox);
    send({ type: "prompt", voicePrompt: "And tomorrow?", lang: "en-US", last: true });
    assert.deepEqual(await inbox.next(), { type: "text", token: "Let me see", last: false });
    send({ type: "interrupt", utteranceUntilInterrupt: "Let me", durationUntilInterruptMs: 700 });
    send({ type: "dtmf", digit: "5" });
    const digit = await reply(inbox);
    send({ type: "prompt", voicePrompt: "Sorry, go on.", lang: "en-US", last: true });
    const fourth = await reply(inbox);
    send({ type: "error", description: "a test error" });
    send({ type: "prompt", voicePrompt: lastWords, lang: "en-US", last: true });
    const closing = await reply(inbox);
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
