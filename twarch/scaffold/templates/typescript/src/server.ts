/** The server Twilio talks to: the voice webhook, the session's WebSocket and the callbacks, on one HTTP server. */

import { createServer, IncomingMessage, Server, ServerResponse } from "node:http";
import { WebSocketServer } from "ws";

//[if relay]
import type { AskLlm } from "./agent.js";
//[end]
//[if streams]
import type { AskLlm } from "./agent.js";
//[end]
//[if realtime]
import { serve } from "./bridge.js";
//[end]
import { env } from "./config.js";
//[if realtime]
import type { OpenRealtime } from "./realtime.js";
//[end]
//[if relay]
import { serve } from "./relay.js";
//[end]
import { callToken, signedByTwilio } from "./security.js";
//[if streams]
import { Speech, vendorSpeech } from "./speech.js";
import { serve } from "./streams.js";
//[end]
import * as twiml from "./twiml.js";
//[if media_streams]
import { pendingHandoffs } from "./twilioStream.js";
//[end]

type Route = (form: Record<string, string>) => string | null;

async function readForm(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
}

const ROUTES: Record<string, Route> = {
  /** The phone number's voice webhook (A call comes in). */
  "/voice": (form) => twiml.answer(env("PUBLIC_HOST"), callToken(form.CallSid ?? "")),
  /** Twilio asks what next when the session ends: hand the call on, or hang up. */
//[if relay]
  "/connect-action": (form) =>
    twiml.afterSession(env("PUBLIC_HOST"), form.HandoffData ?? "", callToken(form.CallSid ?? "")),
//[end]
//[if media_streams]
  "/connect-action": (form) => {
    const callSid = form.CallSid ?? "";
    const handoffData = pendingHandoffs.get(callSid) ?? "";
    pendingHandoffs.delete(callSid);
    return twiml.afterSession(env("PUBLIC_HOST"), handoffData, callToken(callSid));
  },
//[end]
//[if payments]
  /** <Pay> is done: say how it went and go back to the agent. Card data never reaches this server. */
  "/pay-action": (form) => twiml.afterPayment(env("PUBLIC_HOST"), form.Result ?? "", callToken(form.CallSid ?? "")),
//[end]
//[if records]
  "/recording-status": (form) => {
    console.info(`recording ${form.RecordingSid} is ${form.RecordingStatus}`);
    return null;
  },
//[end]
};

async function webhook(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = (request.url ?? "/").split("?")[0];
  const route = ROUTES[path];
  if (request.method !== "POST" || route === undefined) {
    response.writeHead(404).end();
    return;
  }
  const form = await readForm(request);
  const url = `https://${env("PUBLIC_HOST")}${request.url}`;
  if (!signedByTwilio(url, form, String(request.headers["x-twilio-signature"] ?? ""))) {
    response.writeHead(403, { "Content-Type": "text/plain" }).end("invalid Twilio signature");
    return;
  }
  const document = route(form);
  if (document === null) {
    response.writeHead(204).end();
  } else {
    response.writeHead(200, { "Content-Type": "text/xml" }).end(document);
  }
}

//[if relay]
/** The server, with the LLM it asks (llm.ts's askLlm; the tests pass a fake). */
export function makeServer(askLlm: AskLlm): Server {
//[end]
//[if streams]
/** The server, with the LLM it asks (llm.ts's askLlm) and its speech vendors (the tests pass fakes of both). */
export function makeServer(askLlm: AskLlm, speech: Speech = vendorSpeech): Server {
//[end]
//[if realtime]
/** The server, with the realtime model it bridges calls to (realtime.ts's openRealtime; the tests pass a fake). */
export function makeServer(openRealtime: OpenRealtime): Server {
//[end]
  const sessions = new WebSocketServer({ noServer: true });
  const server = createServer((request, response) => {
    webhook(request, response).catch((error: unknown) => {
      console.error(error);
      response.writeHead(500).end();
    });
  });
  server.on("upgrade", (request, socket, head) => {
    if ((request.url ?? "").split("?")[0] !== "/session") {
      socket.destroy();
      return;
    }
//[if relay]
    sessions.handleUpgrade(request, socket, head, (ws) => serve(ws, askLlm));
//[end]
//[if streams]
    sessions.handleUpgrade(request, socket, head, (ws) => serve(ws, askLlm, speech));
//[end]
//[if realtime]
    sessions.handleUpgrade(request, socket, head, (ws) => serve(ws, openRealtime));
//[end]
  });
  return server;
}
