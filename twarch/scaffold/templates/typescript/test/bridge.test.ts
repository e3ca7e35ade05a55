/**
 * A simulated Media Stream replays a call against the bridge on loopback, with the realtime model replaced by a fake:
 * the greeting, two turns whose audio passes through unchanged, the caller talking over a reply (clear), a keypad
 * digit that never reaches the model, and the model ending the call.
 */

import assert from "node:assert/strict";
import { EventEmitter } from "node:events";
import { test } from "node:test";
import WebSocket from "ws";

import { CALL, Inbox, listening, openStream, post, STREAM } from "./helpers.js";
import * as config from "../src/config.js";
import { Connection, ModelEvent, realtimeModel, RealtimeModel, REASONS } from "../src/realtime.js";
import { makeServer } from "../src/server.js";


/**
 * Stands in for the realtime model: each chunk of caller audio is answered by a reply of its own, spoken in two
 * chunks; the chunk "~" is the caller starting to talk; "bye-<reason>" makes the model end the call.
 */
class FakeModel implements RealtimeModel {
  readonly heard: string[] = [];
  greeted = false;
  closed = false;
  private onEvent: (event: ModelEvent) => void = () => undefined;

  listen(onEvent: (event: ModelEvent) => void): void {
    this.onEvent = onEvent;
  }

  greet(): void {
    this.greeted = true;
    this.reply("hello");
  }

  sendAudio(payload: string): void {
    this.heard.push(payload);
    if (payload === "~") {
      this.onEvent({ kind: "caller_started", data: "" });
    } else if (payload.startsWith("bye-")) {
      this.onEvent({ kind: "end", data: payload.slice(4) });
    } else {
      this.reply(`re-${payload}`);
    }
  }

  close(): void {
    this.closed = true;
  }

  private reply(name: string): void {
    for (const part of ["1", "2"]) {
      this.onEvent({ kind: "audio", data: `${name}-${part}` });
    }
    this.onEvent({ kind: "reply_done", data: "" });
  }
}

function media(payload: string): object {
  return { event: "media", streamSid: STREAM, media: { track: "inbound", payload } };
}

/** The audio of one reply, up to its mark. */
async function spoken(inbox: Inbox): Promise<string[]> {
  const chunks: string[] = [];
  for (;;) {
    const message = await inbox.next();
    assert.equal(message.streamSid, STREAM);
    if (message.event === "mark") {
      return chunks;
    }
    assert.equal(message.event, "media", JSON.stringify(message));
    chunks.push(String((message.media as { payload: string }).payload));
  }
}

async function call(reason: string): Promise<[FakeModel, Record<string, unknown>]> {
  const model = new FakeModel();
  const server = makeServer(async () => model);
  const base = await listening(server);
  const seen: Record<string, unknown> = {};
  try {
    const [status, answer] = await post(base, "/voice", { CallSid: CALL });
    assert.ok(status === 200 && answer.includes(config.NOTICE) && answer.includes("<Stream"), answer);
    const ws = new WebSocket(`ws://${base}/session`);
    const inbox = new Inbox(ws);
    const closed = new Promise((resolve) => ws.on("close", resolve));
    await new Promise((resolve, reject) => ws.on("open", resolve).on("error", reject));
    const send = (message: object) => ws.send(JSON.stringify(message));
    openStream(send);
    seen.greeting = await spoken(inbox);
    send(media("turn1"));
    seen.first = await spoken(inbox);
    send({ event: "mark", streamSid: STREAM, mark: { name: "reply-1" } });
    send({ event: "dtmf", streamSid: STREAM, dtmf: { track: "inbound_track", digit: "4" } });
    send(media("~"));
    seen.clear = await inbox.next();
    send(media("turn2"));
    seen.second = await spoken(inbox);
    send(media(`bye-${reason}`));
    await closed;
    seen.after = await post(base, "/connect-action", { CallSid: CALL });
  } finally {
    server.close();
  }
  return [model, seen];
}

test("the bridge passes audio through and the model ends the call", async () => {
  for (const reason of REASONS) {
    const [model, seen] = await call(reason);
    assert.ok(model.greeted && model.closed);
    assert.deepEqual(seen.greeting, ["hello-1", "hello-2"]);
    assert.deepEqual(seen.first, ["re-turn1-1", "re-turn1-2"]);
    assert.deepEqual(seen.second, ["re-turn2-1", "re-turn2-2"]);
    assert.deepEqual(seen.clear, { event: "clear", streamSid: STREAM });
    assert.deepEqual(model.heard, ["turn1", "~", "turn2", `bye-${reason}`]);  // the keypad digit never reached it
    const [status, after] = seen.after as [number, string];
    const expected: Record<string, string> = {
      goodbye: "<Hangup", human: config.HANDOFF === "flex" ? "<Enqueue" : "<Dial", payment: "<Pay" };
    assert.ok(status === 200 && after.includes(expected[reason]), `${reason}: ${after}`);
  }
});

test("the SDK's events become the bridge's", () => {
  const sent: unknown[] = [];
  const emitter = new EventEmitter();
  const connection = {
    send: (event: unknown) => sent.push(event), on: emitter.on.bind(emitter), close: () => undefined,
  } as unknown as Connection;
  const model = realtimeModel(connection);
  const events: ModelEvent[] = [];
  model.listen((event) => events.push(event));
  model.greet();
  model.sendAudio("payload");
  for (const event of [
    { type: "session.updated" }, { type: "response.output_audio.delta", delta: "abc" }, { type: "response.done" },
    { type: "input_audio_buffer.speech_started" },
    { type: "response.function_call_arguments.done", name: "end_call",
      arguments: JSON.stringify({ reason: REASONS[REASONS.length - 1] }) },
  ]) {
    emitter.emit("event", event);
  }
  assert.deepEqual(events, [
    { kind: "audio", data: "abc" }, { kind: "reply_done", data: "" }, { kind: "caller_started", data: "" },
    { kind: "end", data: REASONS[REASONS.length - 1] }]);
  assert.ok(JSON.stringify(sent[0]).includes("response.create") && JSON.stringify(sent[0]).includes(config.GREETING));
  assert.deepEqual(sent[1], { type: "input_audio_buffer.append", audio: "payload" });
});
