/**
 * What both Media Streams servers (streams.ts, bridge.ts) share: the messages Twilio sends on a bidirectional
 * <Connect><Stream>, the check of the per-call token in its `start` message, and the hand-off reasons the
 * <Connect action> handler reads (server.ts, /connect-action).
 */

import { callToken } from "./security.js";

/**
 * Why each call's stream was closed, for the <Connect action> handler. Keep it in a shared store (Redis, for
 * instance) when several server instances answer calls: the action request may reach another instance.
 */
export const pendingHandoffs = new Map<string, string>();

export interface StreamMessage {
  event?: string;
  start?: { streamSid?: string; callSid?: string; customParameters?: Record<string, string> };
  media?: { payload?: string };
  mark?: { name?: string };
  dtmf?: { digit?: string };
}

/** The stream and call a `start` message opens, or null (logged) when its call token does not match the call. */
export function started(message: StreamMessage): { streamSid: string; callSid: string } | null {
  const callSid = message.start?.callSid ?? "";
  if (message.start?.customParameters?.callToken !== callToken(callSid)) {
    console.warn(`refused a stream whose call token does not match call ${callSid}`);
    return null;
  }
  return { streamSid: message.start?.streamSid ?? "", callSid };
}
