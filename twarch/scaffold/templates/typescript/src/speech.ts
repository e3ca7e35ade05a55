/**
 * The two speech functions of a Media Streams agent: hear the caller, speak the reply, both as mu-law 8 kHz.
 *
 * `listen` opens one call's recognition stream: the call's audio goes in with `send`, and what was heard comes out
 * through the callback (the caller started speaking, or a finished utterance). `speak` yields the reply's audio.
 * Both vendors take and give mu-law 8 kHz directly, so no audio is converted. The server is given a `Speech`, so
 * the tests give it a fake.
 */

import WebSocket from "ws";

import { env } from "./config.js";

export interface Heard {
  /** The caller started speaking (barge-in while the agent talks). */
  started?: boolean;
  /** A finished utterance. */
  text?: string;
}

/** One call's recognition stream. */
export interface Listener {
  send(mulaw: Buffer): void;
  close(): void;
}

export interface Speech {
  listen(onHeard: (heard: Heard) => void): Listener;
  speak(text: string): AsyncIterable<Buffer>;
}

const DEEPGRAM_URL = "wss://api.deepgram.com/v1/listen?encoding=mulaw&sample_rate=8000&channels=1&model=nova-3"
  + "&interim_results=true&endpointing=300&vad_events=true";

interface DeepgramMessage {
  type?: string;
  is_final?: boolean;
  speech_final?: boolean;
  channel?: { alternatives?: { transcript?: string }[] };
}

/** Deepgram's live transcription over a WebSocket, endpointing on, speech-start events on. */
function listen(onHeard: (heard: Heard) => void): Listener {
  const ws = new WebSocket(DEEPGRAM_URL, { headers: { Authorization: `Token ${env("DEEPGRAM_API_KEY")}` } });
  const early: Buffer[] = [];
  let finished: string[] = [];
  ws.on("open", () => early.splice(0).forEach((audio) => ws.send(audio)));
  ws.on("message", (data) => {
    const message = JSON.parse(data.toString()) as DeepgramMessage;
    if (message.type === "SpeechStarted") {
      onHeard({ started: true });
    } else if (message.type === "Results" && message.is_final) {
      finished.push(message.channel?.alternatives?.[0]?.transcript ?? "");
      if (message.speech_final) {
        onHeard({ text: finished.filter((t) => t).join(" ") });
        finished = [];
      }
    }
  });
  ws.on("error", (error) => console.error(`Deepgram: ${error.message}`));
  return {
    send: (audio) => (ws.readyState === WebSocket.OPEN ? ws.send(audio) : early.push(audio)),
    close: () => ws.close(),
  };
}

/** ElevenLabs' streaming text-to-speech, asked for mu-law 8 kHz. */
async function* speak(text: string): AsyncIterable<Buffer> {
  const url = `https://api.elevenlabs.io/v1/text-to-speech/${env("ELEVENLABS_VOICE_ID")}/stream`
    + "?output_format=ulaw_8000";
  const response = await fetch(url, {
    method: "POST", body: JSON.stringify({ text, model_id: env("ELEVENLABS_MODEL_ID") }),
    headers: { "xi-api-key": env("ELEVENLABS_API_KEY"), "Content-Type": "application/json" },
  });
  if (!response.ok || response.body === null) {
    throw new Error(`ElevenLabs answered HTTP ${response.status}`);
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      return;
    }
    yield Buffer.from(value);
  }
}

export const vendorSpeech: Speech = { listen, speak };
