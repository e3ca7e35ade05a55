/**
 * A bidirectional Media Stream (<Connect><Stream>) bridged to a realtime (speech-to-speech) model: Twilio sends the
 * caller's audio as base64 mu-law 8 kHz `media` messages (and `start`, `dtmf`, `mark`, `stop`), the model takes and
 * gives the same audio, so the payloads pass through unchanged. The model's speech goes back as `media` with a
 * `mark` after each reply; when the caller talks over it, `clear` drops what Twilio still holds. The model is the
 * one function of realtime.ts (`openRealtime`); keypad digits never reach it.
 */

import type { WebSocket } from "ws";

import { HANDOFF } from "./config.js";
import type { ModelEvent, OpenRealtime, RealtimeModel } from "./realtime.js";
import { pendingHandoffs, started, StreamMessage } from "./twilioStream.js";

/** One call between Twilio and the model. */
export class BridgeSession {
  private streamSid = "";
  private callSid = "";
  private replies = 0;

  constructor(private readonly ws: WebSocket, private readonly model: RealtimeModel) {}

  /** Act on one message from Twilio; false once the stream is over. */
  fromTwilio(message: StreamMessage): boolean {
    switch (message.event) {
      case "start": {
        const call = started(message);
        if (call === null) {
          return false;
        }
        this.streamSid = call.streamSid;
        this.callSid = call.callSid;
        this.model.greet();
        return true;
      }
      case "media":
        if (this.streamSid) {
          this.model.sendAudio(message.media?.payload ?? "");
        }
        return true;
      case "dtmf":
        if (message.dtmf?.digit === "0" && HANDOFF) {
          this.handOff("human");
          return false;
        }
        return true;
      case "stop":
        return false;
      default:
        return true;
    }
  }

  /** Pass one event of the model on to Twilio; false when the model ends the call. */
  fromModel(event: ModelEvent): boolean {
    switch (event.kind) {
      case "audio":
        this.send({ event: "media", streamSid: this.streamSid, media: { payload: event.data } });
        return true;
      case "reply_done":
        this.replies += 1;
        this.send({ event: "mark", streamSid: this.streamSid, mark: { name: `reply-${this.replies}` } });
        return true;
      case "caller_started":
        this.send({ event: "clear", streamSid: this.streamSid });
        return true;
      case "end":
        this.handOff(event.data);
        return false;
    }
  }

  /** Close the stream: Twilio then asks the <Connect action> URL what to do next. */
  private handOff(reason: string): void {
    pendingHandoffs.set(this.callSid, JSON.stringify({ reason }));
  }

  private send(message: object): void {
    this.ws.send(JSON.stringify(message));
  }
}

/**
 * Serve one WebSocket: Twilio's messages wait for the model's session to open, then go to it in order; the model's
 * events go to Twilio as they come. The socket and the model's session close together.
 */
export function serve(ws: WebSocket, openRealtime: OpenRealtime): void {
  let model: RealtimeModel | null = null;
  let session: BridgeSession | null = null;
  let open = true;
  const finish = (): void => {
    if (open) {
      open = false;
      model?.close();
      ws.close();
    }
  };
  let ready: Promise<void> = openRealtime().then((opened) => {
    model = opened;
    const bridge = new BridgeSession(ws, opened);
    session = bridge;
    opened.listen((event) => {
      if (open && !bridge.fromModel(event)) {
        finish();
      }
    });
    if (!open) {
      opened.close();
    }
  }, (error: unknown) => {
    console.error(`the realtime model did not open: ${String(error)}`);
    finish();
  });
  ws.on("message", (data) => {
    ready = ready.then(() => {
      if (open && session !== null && !session.fromTwilio(JSON.parse(data.toString()) as StreamMessage)) {
        finish();
      }
    });
  });
  ws.on("close", finish);
}
