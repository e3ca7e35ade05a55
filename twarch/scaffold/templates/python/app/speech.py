"""The two speech functions of a Media Streams agent: hear the caller, speak the reply, both as mu-law 8 kHz.

``SpeechToText.listen`` takes the call's audio as it arrives and returns what it heard so far (speech started,
and each finished utterance); ``TextToSpeech.speak`` yields the reply's audio. Both vendors take and give mu-law
8 kHz directly, so no audio is converted. One SpeechToText per call: it holds the call's recognition stream.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp

from .config import env


@dataclass(frozen=True)
class Heard:
    started: bool = False  #: the caller started speaking (barge-in while the agent talks)
    text: str = ""  #: a finished utterance


class SpeechToText:
    """Deepgram's live transcription over a WebSocket, endpointing on, speech-start events on."""

    URL = ("wss://api.deepgram.com/v1/listen?encoding=mulaw&sample_rate=8000&channels=1&model=nova-3"
           "&interim_results=true&endpointing=300&vad_events=true")

    async def __aenter__(self) -> SpeechToText:
        self.http = aiohttp.ClientSession()
        self.ws = await self.http.ws_connect(self.URL, headers={"Authorization": f"Token {env('DEEPGRAM_API_KEY')}"})
        self.finished: list[str] = []
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.ws.close()
        await self.http.close()

    async def listen(self, mulaw: bytes) -> list[Heard]:
        await self.ws.send_bytes(mulaw)
        heard = []
        while True:
            try:
                msg = await self.ws.receive_json(timeout=0.001)
            except (TimeoutError, TypeError):
                return heard
            if msg.get("type") == "SpeechStarted":
                heard.append(Heard(started=True))
            elif msg.get("type") == "Results" and msg.get("is_final"):
                self.finished.append(msg["channel"]["alternatives"][0]["transcript"])
                if msg.get("speech_final"):
                    heard.append(Heard(text=" ".join(t for t in self.finished if t)))
                    self.finished = []


class TextToSpeech:
    """ElevenLabs' streaming text-to-speech, asked for mu-law 8 kHz."""

    async def speak(self, text: str) -> AsyncIterator[bytes]:
        url = (f"https://api.elevenlabs.io/v1/text-to-speech/{env('ELEVENLABS_VOICE_ID')}/stream"
               "?output_format=ulaw_8000")
        body = {"text": text, "model_id": env("ELEVENLABS_MODEL_ID")}
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=body, headers={"xi-api-key": env("ELEVENLABS_API_KEY")}) as response:
                response.raise_for_status()
                async for chunk in response.content.iter_chunked(3200):
                    yield chunk

