/**
 * Offline tests: every variable of .env.example gets a test value, the LLM (or the realtime model) is a fake, and the
 * server runs on loopback.
 */

import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import twilio from "twilio";
import type WebSocket from "ws";

//[if text_llm]
import type { AskLlm, Message } from "../src/agent.js";
//[end]
//[if media_streams]
import { callToken } from "../src/security.js";
//[end]

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const HOST = "agent.example.com";

export function exampleValue(name: string): string {
  return "test-" + name.toLowerCase().replaceAll("_", "-");
}

for (const line of readFileSync(join(ROOT, ".env.example"), "utf8").split("\n")) {
  if (line && !line.startsWith("#")) {
    const name = line.split("=")[0];
    process.env[name] = exampleValue(name);
  }
}
process.env.PUBLIC_HOST = HOST;

export function signature(path: string, form: Record<string, string>): string {
  return twilio.getExpectedTwilioSignature(exampleValue("TWILIO_AUTH_TOKEN"), `https://${HOST}${path}`, form);
}

//[if text_llm]
/**
 * Stands in for the LLM: answers from a script, and keeps what it was asked. `null` in the script starts a reply
 * that never finishes (one the caller interrupts).
 */
export class FakeLlm {
  readonly asked: Message[][] = [];
  private readonly replies: (string[] | null)[];

  constructor(...replies: (string[] | null)[]) {
    this.replies = replies;
  }

  readonly ask: AskLlm = (messages) => {
    this.asked.push(messages.map((m) => ({ ...m })));
    const reply = this.replies.shift();
    return (async function* () {
      if (reply === null || reply === undefined) {
        yield "Let me see";
        await new Promise(() => undefined);
      } else {
        yield* reply;
      }
    })();
  };
}
//[end]

/** A webhook request as Twilio makes it: a form, signed (or, with `sign` false, wrongly signed). */
export async function post(base: string, path: string, form: Record<string, string>,
                           sign = true): Promise<[number, string]> {
  const response = await fetch(`http://${base}${path}`, {
    method: "POST", body: new URLSearchParams(form),
    headers: { "X-Twilio-Signature": sign ? signature(path, form) : "x" },
  });
  return [response.status, await response.text()];
}

export async function listening(server: import("node:http").Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Messages from the server, one at a time. */
export class Inbox {
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
}
//[if media_streams]

export const CALL = "CA" + "0".repeat(32);
export const STREAM = "MZ" + "0".repeat(32);

/** What Twilio sends first on a Media Stream: `connected`, then `start` with the call's token. */
export function openStream(send: (message: object) => void): void {
  send({ event: "connected", protocol: "Call", version: "1.0.0" });
  send({ event: "start", streamSid: STREAM, start: {
    streamSid: STREAM, callSid: CALL, tracks: ["inbound"],
    mediaFormat: { encoding: "audio/x-mulaw", sampleRate: 8000, channels: 1 },
    customParameters: { callToken: callToken(CALL) } } });
}
//[end]
