/**
 * A simulated Media Stream replays a call against the server on loopback: the greeting, the caller talking over
 * it (clear), two turns, a keypad digit and the end of the stream, with the LLM and both speech functions replaced
 * by fakes.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import WebSocket from "ws";

import { CALL, FakeLlm, Inbox, listening, openStream, post, STREAM } from "./helpers.js";
import * as config from "../src/config.js";
import { makeServer } from "../src/server.js";
import type { Heard, Speech } from "../src/speech.js";


/** Hears text sent as audio ("~" is the caller starting to speak, a sentence ends at "."); speaks words as audio. */
const fakeSpeech: Speech = {
  listen(onHeard: (heard: Heard) => void) {
    let buffer = "";
    return {
      send(audio: Buffer): void {
        const text = audio.toString();
        if (text === "~") {
          onHeard({ started: true });
          return;
        }
        buffer += text;
        if (buffer.endsWith(".")) {
          onHeard({ text: buffer });
          buffer = "";
        }
      },
      close: () => undefined,
    };
  },
  async *speak(text: string) {
    for (const word of text.split(" ")) {
      yield Buffer.from(word + " ");
    }
  },
};

function media(audio: string): object {
  return { event: "media", streamSid: STREAM, media: { track: "inbound", payload: Buffer.from(audio).toString("base64") } };
}

/** The audio of one reply, up to its mark, decoded by the fake voice, with the mark's name. */
async function spoken(inbox: Inbox): Promise<[string, string]> {
  let audio = "";
  for (;;) {
    const message = await inbox.next();
    assert.equal(message.streamSid, STREAM);
    if (message.event === "mark") {
      return [audio.trim(), String((message.mark as { name: string }).name)];
    }
    assert.equal(message.event, "media", JSON.stringify(message));
    audio += Buffer.from(String((message.media as { payload: string }).payload), "base64").toString();
  }
}

interface Seen {
  greeting: string;
  clear: Record<string, unknown>;
  first: string;
  second: string;
  closing: string;
  after: [number, string];
  paid?: [number, string];
}

async function call(llm: FakeLlm, lastWords: string, digit: string): Promise<Seen> {
  const server = makeServer(llm.ask, fakeSpeech);
  const base = await listening(server);
  try {
    const [status, answer] = await post(base, "/voice", { CallSid: CALL });
    assert.ok(status === 200 && answer.includes(config.NOTICE) && answer.includes("<Stream"), answer);
    const ws = new WebSocket(`ws://${base}/session`);
    const inbox = new Inbox(ws);
    const closed = new Promise((resolve) => ws.on("close", resolve));
    await new Promise((resolve, reject) => ws.on("open", resolve).on("error", reject));
    const send = (message: object) => ws.send(JSON.stringify(message));
    openStream(send);
    const [greeting] = await spoken(inbox);
    send(media("~"));  // the caller talks over the greeting
    const clear = await inbox.next();
    send(media("Hi, when do you "));
    send(media("open."));
    const [first, mark] = await spoken(inbox);
    send({ event: "mark", streamSid: STREAM, mark: { name: mark } });
    send(media("My account is 4111 1111 1111 1111."));
    const [second] = await spoken(inbox);
    send({ event: "dtmf", streamSid: STREAM, dtmf: { track: "inbound_track", digit } });
    if (digit !== "0") {
      send(media(lastWords));
    }
    const [closing, last] = await spoken(inbox);
    send({ event: "mark", streamSid: STREAM, mark: { name: last } });  // Twilio has played it: the stream closes
    await closed;
    const after = await post(base, "/connect-action", { CallSid: CALL });
    const seen: Seen = { greeting, clear, first, second, closing, after };
//[if payments]
    seen.paid = await post(base, "/pay-action", { CallSid: CALL, Result: "success" });
//[end]
    return seen;
  } finally {
    server.close();
  }
}

function script(): FakeLlm {
  return new FakeLlm(["We open ", "at nine."], ["Noted."]);
}

function conversationWentAsScripted(seen: Seen, llm: FakeLlm): void {
  assert.equal(seen.greeting, config.GREETING);
  assert.deepEqual(seen.clear, { event: "clear", streamSid: STREAM });
  assert.equal(seen.first, "We open at nine.");
  assert.equal(seen.second, "Noted.");
  assert.deepEqual(llm.asked[1].slice(1).map((m) => m.content), [
    "Hi, when do you open.", "We open at nine.", "My account is [card number removed]."]);
}

test("a call that ends with goodbye", async () => {
  const llm = script();
  const seen = await call(llm, "Thanks, goodbye.", "5");
  conversationWentAsScripted(seen, llm);
  assert.equal(seen.closing, config.GOODBYE_SENTENCE);
  assert.ok(seen.after[0] === 200 && seen.after[1].includes("<Hangup"), seen.after[1]);
});
//[if handoff]

test("zero on the keypad hands the call to a person", async () => {
  const llm = script();
  const seen = await call(llm, "", "0");  // the keypad, not the words, ends this call
  conversationWentAsScripted(seen, llm);
  assert.equal(seen.closing, config.HANDOFF_SENTENCE);
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
  const seen = await call(llm, "I would like to pay my bill.", "5");
  conversationWentAsScripted(seen, llm);
  assert.equal(seen.closing, config.PAYMENT_SENTENCE);
  assert.ok(seen.after[1].includes("<Pay") && seen.after[1].includes("test-pay-connector"));
  assert.ok(seen.paid !== undefined && seen.paid[1].includes("went through") && seen.paid[1].includes("<Stream"));
});
//[end]
