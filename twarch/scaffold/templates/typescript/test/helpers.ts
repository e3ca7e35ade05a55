/**
 * Offline tests: every variable of .env.example gets a test value, the LLM is a fake, and the server runs on
 * loopback.
 */

import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import twilio from "twilio";

import type { AskLlm, Message } from "../src/agent.js";

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

export async function listening(server: import("node:http").Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}
