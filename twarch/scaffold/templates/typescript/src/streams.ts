/**
 * A bidirectional Media Stream (<Connect><Stream>): Twilio sends the caller's audio as base64 mu-law 8 kHz `media`
 * messages (and `start`, `dtmf`, `mark`, `stop`); the server sends the reply's audio back the same way, a `mark`
 * after each reply to learn when it has been played, and `clear` to stop playing when the caller talks over it.
 * Speech recognition and the voice are the two functions of speech.ts.
 *
 * To hand the call on, the agent says why, waits for that sentence's mark (Twilio has played it), and closes the
 * stream: Twilio then asks the <Connect action> URL what to do next (server.ts, /connect-action).
 */

import type { WebSocket } from "ws";

import { AskLlm, Conversation, intent } from "./agent.js";
import { GOODBYE_SENTENCE, GREETING, HANDOFF, HANDOFF_SENTENCE, PAYMENT_SENTENCE } from "./config.js";
import type { Heard, Listener, Speech } from "./speech.js";
import { pendingHandoffs, started, StreamMessage } from "./twilioStream.js";

type Reason = "human" | "payment" | "goodbye";

/** The name of the mark sent after the sentence that ends the call's stream. */
const LAST_MARK = "last";

/** One call on a Media Stream: its conversation, its recognition stream and the reply being played. */
export class StreamSession {
  readonly conversation = new Conversation("");
  private streamSid = "";
  private listener: Listener | null = null;
  /** Replies sent whose mark has not come back: the caller is still hearing them. */
  private marks = 0;
  /** Bumped when the caller talks over the agent: a reply of an older turn stops sending audio. */
  private turn = 0;
  private closing = false;

  constructor(private readonly ws: WebSocket, private readonly askLlm: AskLlm, private readonly speech: Speech) {}

  /** Act on one message from Twilio; false once the stream is over. */
  async handle(message: StreamMessage): Promise<boolean> {
    switch (message.event) {
      case "start": {
        const call = started(message);
        if (call === null) {
          return false;
        }
        this.streamSid = call.streamSid;
        this.conversation.callSid = call.callSid;
        this.listener = this.speech.listen((heard) => void this.onHeard(heard));
        await this.speak(GREETING, this.turn);
        return true;
      }
      case "media":
        this.listener?.send(Buffer.from(message.media?.payload ?? "", "base64"));
        return true;
      case "mark":
        this.marks = Math.max(0, this.marks - 1);
        return !(this.closing && message.mark?.name === LAST_MARK);
      case "dtmf":
        if (message.dtmf?.digit === "0" && HANDOFF) {
          await this.handOff("human");
        }
        return true;
      case "stop":
        return false;
      default:
        return true;
    }
  }

  private async onHeard(heard: Heard): Promise<void> {
    if (this.closing) {
      return;
    }
    if (heard.started && this.marks > 0) {
      this.bargeIn();
    }
    if (heard.text) {
      const wanted = intent(heard.text);
      if (wanted) {
        await this.handOff(wanted);
        return;
      }
      this.conversation.addCaller(heard.text);
      await this.reply(this.turn);
    }
  }

  private async reply(turn: number): Promise<void> {
    const words: string[] = [];
    for await (const token of this.askLlm(this.conversation.messages())) {
      if (turn !== this.turn) {
        return;
      }
      words.push(token);
    }
    this.conversation.addAgent(words.join(""));
    await this.speak(words.join(""), turn);
  }

  private async speak(text: string, turn: number, mark = ""): Promise<void> {
    for await (const audio of this.speech.speak(text)) {
      if (turn !== this.turn) {
        return;
      }
      this.send({ event: "media", streamSid: this.streamSid, media: { payload: audio.toString("base64") } });
    }
    this.marks += 1;
    this.send({ event: "mark", streamSid: this.streamSid, mark: { name: mark || `reply-${this.marks}` } });
  }

  /** The caller talks over the agent: stop the reply and drop the audio Twilio still holds. */
  private bargeIn(): void {
    this.turn += 1;
    this.marks = 0;
    this.send({ event: "clear", streamSid: this.streamSid });
  }

  /** Say why; the stream closes once Twilio has played it (its mark comes back). */
  private async handOff(reason: Reason): Promise<void> {
    const sentences: Record<Reason, string> = {
      human: HANDOFF_SENTENCE, payment: PAYMENT_SENTENCE, goodbye: GOODBYE_SENTENCE,
    };
    this.closing = true;
    pendingHandoffs.set(this.conversation.callSid, JSON.stringify({ reason }));
    await this.speak(sentences[reason], this.turn, LAST_MARK);
  }

  private send(message: object): void {
    this.ws.send(JSON.stringify(message));
  }

  close(): void {
    this.turn += 1;
    this.listener?.close();
    this.listener = null;
  }
}

/** Serve one WebSocket: messages are handled in order; the socket closes when the stream is over. */
export function serve(ws: WebSocket, askLlm: AskLlm, speech: Speech): void {
  const session = new StreamSession(ws, askLlm, speech);
  let queue = Promise.resolve(true);
  ws.on("message", (data) => {
    queue = queue.then(async (open) => {
      if (!open) {
        return false;
      }
      const going = await session.handle(JSON.parse(data.toString()) as StreamMessage);
      if (!going) {
        session.close();
        ws.close();
      }
      return going;
    });
  });
  ws.on("close", () => session.close());
}
