/**
 * Only Twilio gets answers: webhooks carry Twilio's signature, and each WebSocket session a per-call token.
 *
 * Twilio signs every webhook with your Auth Token (the X-Twilio-Signature header). The TwiML that opens a session
 * passes a token derived from the call's SID and your Auth Token as a custom <Parameter>; the session checks it in
 * the first message, so nobody who only knows the WebSocket URL can talk to the agent.
 */

import { createHmac } from "node:crypto";
import twilio from "twilio";

import { env } from "./config.js";

export function callToken(callSid: string): string {
  return createHmac("sha256", env("TWILIO_AUTH_TOKEN")).update(callSid).digest("hex");
}

export function signedByTwilio(url: string, params: Record<string, string>, signature: string): boolean {
  return twilio.validateRequest(env("TWILIO_AUTH_TOKEN"), signature, url, params);
}
