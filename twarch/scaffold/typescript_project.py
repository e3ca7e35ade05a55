"""The TypeScript starter: a Node HTTP server and the session's WebSocket (``ws``), TwiML built with the ``twilio``
package, the LLM behind one function, and offline tests (``node:test``) that replay a call on loopback.

It is written for ConversationRelay, cascaded Media Streams and speech-to-speech designs
(:data:`~twarch.scaffold.plan.TYPESCRIPT_KINDS`) and the LLM SDKs below; :func:`twarch.scaffold.plan.plan` refuses
the rest with the reason. ``npm run check`` type-checks it (``tsc --noEmit``), ``npm test`` builds it and runs its
tests with Node's own runner.
"""

from __future__ import annotations

import json

from ..estimates.volumes import DEFAULT_S2S_MODEL
from ..knowledge.starter import LLM_ROUTES, NODE_BUILD, NODE_ENGINES, NODE_PINS
from .blocks import render
from .plan import Plan
from .texts import Texts
from .twiml import EXAMPLE_ARGS, Document, typescript_function

#: The LLM function for each SDK, as TypeScript source (``{model}`` is the model line).
_LLM_CODE = {
    "openai": '''import OpenAI from "openai";

import type { Message } from "./agent.js";
import { env } from "./config.js";

{model}

export async function* askLlm(messages: Message[]): AsyncIterable<string> {
  const client = new OpenAI({ apiKey: env("OPENAI_API_KEY") });
  const stream = await client.chat.completions.create({ model: MODEL, messages, stream: true });
  for await (const chunk of stream) {
    const token = chunk.choices[0]?.delta?.content;
    if (token) {
      yield token;
    }
  }
}
''',
    "azure_openai": '''import { AzureOpenAI } from "openai";

import type { Message } from "./agent.js";
import { env } from "./config.js";

export async function* askLlm(messages: Message[]): AsyncIterable<string> {
  const client = new AzureOpenAI({ apiKey: env("AZURE_OPENAI_API_KEY"), endpoint: env("AZURE_OPENAI_ENDPOINT"),
                                   apiVersion: env("AZURE_OPENAI_API_VERSION") });
  const stream = await client.chat.completions.create({ model: env("LLM_MODEL"), messages, stream: true });
  for await (const chunk of stream) {
    const token = chunk.choices[0]?.delta?.content;
    if (token) {
      yield token;
    }
  }
}
''',
    "compatible": '''import OpenAI from "openai";

import type { Message } from "./agent.js";
import { env } from "./config.js";

export async function* askLlm(messages: Message[]): AsyncIterable<string> {
  const client = new OpenAI({ baseURL: env("LLM_BASE_URL"), apiKey: env("LLM_API_KEY") });
  const stream = await client.chat.completions.create({ model: env("LLM_MODEL"), messages, stream: true });
  for await (const chunk of stream) {
    const token = chunk.choices[0]?.delta?.content;
    if (token) {
      yield token;
    }
  }
}
''',
    "google": '''import { GoogleGenAI } from "@google/genai";

import type { Message } from "./agent.js";
import { env } from "./config.js";

{model}

export async function* askLlm(messages: Message[]): AsyncIterable<string> {
  const client = new GoogleGenAI({ apiKey: env("GEMINI_API_KEY") });
  const contents = messages.slice(1).map((m) => ({ role: m.role === "assistant" ? "model" : "user",
                                                   parts: [{ text: m.content }] }));
  const stream = await client.models.generateContentStream({
    model: MODEL, contents, config: { systemInstruction: messages[0].content } });
  for await (const chunk of stream) {
    if (chunk.text) {
      yield chunk.text;
    }
  }
}
''',
    "bedrock": '''import { BedrockRuntimeClient, ConverseStreamCommand } from "@aws-sdk/client-bedrock-runtime";

import type { Message } from "./agent.js";
import { env } from "./config.js";

export async function* askLlm(messages: Message[]): AsyncIterable<string> {
  const client = new BedrockRuntimeClient({ region: env("AWS_REGION") });
  const history = messages.slice(1).map((m) => ({ role: m.role === "assistant" ? "assistant" as const : "user" as const,
                                                  content: [{ text: m.content }] }));
  const response = await client.send(new ConverseStreamCommand({
    modelId: env("LLM_MODEL"), system: [{ text: messages[0].content }], messages: history }));
  for await (const event of response.stream ?? []) {
    const text = event.contentBlockDelta?.delta?.text;
    if (text) {
      yield text;
    }
  }
}
''',
    "anthropic": '''import Anthropic from "@anthropic-ai/sdk";

import type { Message } from "./agent.js";
import { env } from "./config.js";

{model}

export async function* askLlm(messages: Message[]): AsyncIterable<string> {
  const client = new Anthropic({ apiKey: env("ANTHROPIC_API_KEY") });
  const history = messages.slice(1).map((m) => ({ role: m.role === "assistant" ? "assistant" as const : "user" as const,
                                                  content: m.content }));
  const stream = client.messages.stream({ model: MODEL, max_tokens: 1024, system: messages[0].content,
                                          messages: history });
  for await (const event of stream) {
    if (event.type === "content_block_delta" && event.delta.type === "text_delta") {
      yield event.delta.text;
    }
  }
}
''',
}


#: How the realtime starter reaches OpenAI's realtime model (the openai package's ``OpenAIRealtimeWS`` on ``ws``):
#: directly, or as a deployment on Azure OpenAI (``LLM_MODEL`` names the deployment).
_REALTIME_CLIENT = {
    "openai": ('import OpenAI from "openai";',
               'new OpenAIRealtimeWS({ model: MODEL }, new OpenAI({ apiKey: env("OPENAI_API_KEY") }))'),
    "azure_openai": ('import { AzureOpenAI } from "openai";',
                     'await OpenAIRealtimeWS.azure(new AzureOpenAI({\n'
                     '    apiKey: env("AZURE_OPENAI_API_KEY"), endpoint: env("AZURE_OPENAI_ENDPOINT"),\n'
                     '    apiVersion: env("AZURE_OPENAI_API_VERSION"), deployment: env("LLM_MODEL") }))'),
}


def _realtime_code(plan: Plan) -> str:
    """``src/realtime.ts``: the realtime model behind one function, ``openRealtime``, for the design's route."""
    client_import, connect = _REALTIME_CLIENT[plan.llm]
    reasons = ["goodbye", *(["human"] if plan.handoff else []), *(["payment"] if plan.payments else [])]
    model_line = (f'const MODEL = "{DEFAULT_S2S_MODEL}"; // the realtime model twarch priced for this design; change '
                  "it here\n" if plan.llm == "openai" else "")
    return f'''/**
 * The realtime (speech-to-speech) model behind one function.
 *
 * `openRealtime()` opens a session with OpenAI's realtime model (the openai package's `OpenAIRealtimeWS`, on `ws`),
 * set to take and give mu-law 8 kHz (`audio/pcmu`) so Twilio's audio passes through unchanged, with one tool,
 * `end_call`, by which the model ends the call for a reason the <Connect action> handler acts on. The bridge
 * (bridge.ts) sees only `RealtimeModel` and `ModelEvent`; the tests pass a fake `openRealtime`.
 */

{client_import}
import type {{ RealtimeClientEvent, RealtimeServerEvent }} from "openai/resources/realtime/realtime";
import {{ OpenAIRealtimeWS }} from "openai/realtime/ws";

import {{ env, GREETING, SYSTEM_PROMPT }} from "./config.js";

{model_line}/** Twilio's audio, as the realtime API names it: mu-law 8 kHz. */
const MULAW = {{ type: "audio/pcmu" }} as const;
/** Why the model may end the call: the <Connect action> handler hands the call on for each. */
export const REASONS: readonly string[] = {json.dumps(reasons)};
const END_CALL = {{
  type: "function" as const, name: "end_call",
  description: "End the call: the caller said goodbye, or needs what the agent cannot do over voice.",
  parameters: {{ type: "object", properties: {{ reason: {{ type: "string", enum: REASONS }} }}, required: ["reason"] }},
}};

export interface ModelEvent {{
  /** `audio` (data: base64 mu-law), `reply_done`, `caller_started` or `end` (data: the reason). */
  kind: "audio" | "reply_done" | "caller_started" | "end";
  data: string;
}}

export interface RealtimeModel {{
  greet(): void;
  sendAudio(payload: string): void;
  /** Hear the model's events, in order, until it is closed. */
  listen(onEvent: (event: ModelEvent) => void): void;
  close(): void;
}}

export type OpenRealtime = () => Promise<RealtimeModel>;

/** The SDK's connection as the model uses it: the events it sends, and every server event it hears. */
export interface Connection {{
  send(event: RealtimeClientEvent): void;
  on(name: "event", listener: (event: RealtimeServerEvent) => void): unknown;
  close(): void;
}}

/** The model over a connection: client events out, the server events the bridge needs in. */
export function realtimeModel(connection: Connection): RealtimeModel {{
  return {{
    greet: () => connection.send({{ type: "response.create",
                                   response: {{ instructions: `Greet the caller with: ${{GREETING}}` }} }}),
    sendAudio: (payload) => connection.send({{ type: "input_audio_buffer.append", audio: payload }}),
    listen(onEvent) {{
      connection.on("event", (event) => {{
        if (event.type === "response.output_audio.delta") {{
          onEvent({{ kind: "audio", data: event.delta }});
        }} else if (event.type === "response.done") {{
          onEvent({{ kind: "reply_done", data: "" }});
        }} else if (event.type === "input_audio_buffer.speech_started") {{
          onEvent({{ kind: "caller_started", data: "" }});
        }} else if (event.type === "response.function_call_arguments.done" && event.name === "end_call") {{
          onEvent({{ kind: "end", data: String(JSON.parse(event.arguments).reason ?? "goodbye") }});
        }}
      }});
    }},
    close: () => connection.close(),
  }};
}}

export async function openRealtime(): Promise<RealtimeModel> {{
  const connection = {connect};
  connection.on("error", (error) => console.error(`realtime model: ${{error.message}}`));
  await new Promise((resolve, reject) => connection.socket.once("open", resolve).once("error", reject));
  connection.send({{ type: "session.update", session: {{
    type: "realtime", instructions: SYSTEM_PROMPT, tools: [END_CALL],
    audio: {{ input: {{ format: MULAW }}, output: {{ format: MULAW }} }} }} }});
  return realtimeModel(connection);
}}
'''


def _llm_code(plan: Plan) -> str:
    route = LLM_ROUTES[plan.llm]
    key = plan.llm if plan.llm in _LLM_CODE else "compatible"
    model = f'const MODEL = "{route.model}"; // the model twarch priced for this design; change it here'
    return f"/** The LLM behind one function: {route.node_package}, streamed ({route.source.url}). */\n\n" + \
        _LLM_CODE[key].replace("{model}", model)


def _config(plan: Plan, texts: Texts) -> str:
    def js(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    return f'''/**
 * This design's settings, as twarch recommended them, and the environment the server reads.
 *
 * Every variable the code reads goes through `env`; .env.example lists them, with where to find each.
 */

import {{ existsSync, readFileSync }} from "node:fs";
import {{ dirname, join }} from "node:path";
import {{ fileURLToPath }} from "node:url";

export const LANGUAGES: readonly string[] = {js(list(plan.languages))};
/** "flex": TaskRouter and Flex; "phone": your phone line; "": no hand-off. */
export const HANDOFF: string = {js(plan.handoff)};
/** Card payments go through <Pay>, never through the model. */
export const PAYMENTS: boolean = {js(plan.payments)};
export const GREETING = {js(texts.greeting)};
export const NOTICE = {js(texts.notice)};
export const HANDOFF_SENTENCE = {js(texts.handoff_sentence)};
export const PAYMENT_SENTENCE = {js(texts.payment_sentence)};
export const GOODBYE_SENTENCE = {js(texts.goodbye_sentence)};
export const SYSTEM_PROMPT = {js(texts.system_prompt)};

/** NAME=value lines of .env, for what the environment does not already set. */
function readDotenv(path: string): void {{
  if (!existsSync(path)) {{
    return;
  }}
  for (const line of readFileSync(path, "utf8").split("\\n")) {{
    const at = line.indexOf("=");
    if (at > 0 && !line.trimStart().startsWith("#")) {{
      process.env[line.slice(0, at).trim()] ??= line.slice(at + 1).trim();
    }}
  }}
}}

readDotenv(join(dirname(fileURLToPath(import.meta.url)), "..", "..", ".env"));

export function env(name: string): string {{
  const value = process.env[name] ?? "";
  if (!value) {{
    throw new Error(`set ${{name}} in the environment or in .env (see .env.example)`);
  }}
  return value;
}}
'''


def _twiml_module(documents: tuple[Document, ...]) -> str:
    functions = "\n\n".join(typescript_function(d) for d in documents)
    names = {d.name for d in documents}
    dispatch = ["/** What the call does when the agent session ends (the <Connect action> URL). */",
                "export function afterSession(host: string, handoffData: string, token: string): string {",
                '  const reason = handoffData ? String(JSON.parse(handoffData).reason ?? "") : "";']
    if "to_person" in names:
        dispatch.append('  if (reason === "human") {\n    return toPerson(host, handoffData);\n  }')
    if "take_payment" in names:
        dispatch.append('  if (reason === "payment") {\n    return takePayment(host);\n  }')
    dispatch += ["  void token;" if "take_payment" not in names else "", "  return hangUp(host);", "}"]
    extra = "\n".join(line for line in dispatch if line)
    if "take_payment" in names:
        extra += ('\n\n/** <Pay> reports its Result; say how it went and go back to the agent. */\n'
                  'export function afterPayment(host: string, result: string, token: string): string {\n'
                  '  const sentence = result === "success" ? "Your payment went through." : '
                  '"Your payment did not go through.";\n'
                  '  return resume(host, token, sentence);\n}')
    uses_env = any("env(" in typescript_function(d) for d in documents)
    return ("/**\n * The TwiML this agent answers with, built with Twilio's helper library (the twilio package).\n *\n"
            " * test/twiml/*.xml holds each document as twarch wrote it; test/twiml.test.ts checks they agree.\n */\n\n"
            'import twilio from "twilio";\n\n' + ('import { env } from "./config.js";\n\n' if uses_env else "")
            + "const { VoiceResponse } = twilio.twiml;\n\n" + f"{functions}\n\n{extra}\n")


def _twiml_test(documents: tuple[Document, ...]) -> str:
    cases = []
    for d in documents:
        name = typescript_function(d).split("export function ", 1)[1].split("(", 1)[0]
        args = ", ".join(["HOST", *(json.dumps(EXAMPLE_ARGS[a]) for a in d.args)])
        cases.append(f'  ["{d.name}", () => twiml.{name}({args})],')
    return ('/** Twilio\'s helper library writes the TwiML twarch designed (test/twiml/*.xml), element for element. '
            '*/\n\nimport assert from "node:assert/strict";\nimport { readFileSync } from "node:fs";\n'
            'import { join } from "node:path";\nimport { test } from "node:test";\n\n'
            'import { HOST, ROOT } from "./helpers.js";\nimport * as twiml from "../src/twiml.js";\n\n'
            "/** The document without the layout between its elements. */\nfunction compact(xml: string): string {\n"
            '  return xml.replace(/>\\s+</g, "><").trim();\n}\n\n'
            "const DOCUMENTS: [string, () => string][] = [\n" + "\n".join(cases) + "\n];\n\n"
            "for (const [name, build] of DOCUMENTS) {\n"
            "  test(`the helper library writes ${name}.xml`, () => {\n"
            '    const designed = readFileSync(join(ROOT, "test", "twiml", `${name}.xml`), "utf8");\n'
            "    assert.equal(compact(build()), compact(designed));\n  });\n}\n")


#: What the project is, by the kind of starter (:data:`~twarch.scaffold.plan.TYPESCRIPT_KINDS`).
DESCRIPTIONS = {"relay": "A ConversationRelay agent written by twarch scaffold",
                "streams": "A Media Streams agent (Deepgram and ElevenLabs) written by twarch scaffold",
                "realtime": "A Media Streams bridge to a realtime (speech-to-speech) model written by twarch scaffold"}


def package_json(plan: Plan) -> str:
    server = ["twilio", "ws", LLM_ROUTES[plan.llm].node_package]
    engines = max((NODE_ENGINES[n] for n in server if n in NODE_ENGINES), key=lambda v: int(v.lstrip(">=")))
    package = {
        "name": "twarch-starter", "private": True, "type": "module",
        "description": DESCRIPTIONS[plan.kind],
        "scripts": {"build": "tsc", "check": "tsc --noEmit", "test": "tsc && node --test build/test/",
                    "start": "node build/src/main.js"},
        "engines": {"node": engines},
        "dependencies": {n: NODE_PINS[n].version for n in sorted(server)},
        "devDependencies": {n: NODE_PINS[n].version for n in sorted(NODE_BUILD)},
    }
    return json.dumps(package, indent=2) + "\n"


TSCONFIG = {"compilerOptions": {"target": "es2022", "module": "nodenext", "moduleResolution": "nodenext",
                                "strict": True, "esModuleInterop": True, "skipLibCheck": True, "outDir": "build",
                                "rootDir": ".", "types": ["node"]},
            "include": ["src", "test"]}


def files(plan: Plan, texts: Texts, documents: tuple[Document, ...]) -> dict[str, str]:
    """The project's files but the shared ones (README, .env.example), by path."""
    features = plan.features
    out = {"src/config.ts": _config(plan, texts), "src/twiml.ts": _twiml_module(documents),
           "test/twiml.test.ts": _twiml_test(documents), "package.json": package_json(plan),
           "tsconfig.json": json.dumps(TSCONFIG, indent=2) + "\n"}
    if plan.kind == "realtime":
        out["src/realtime.ts"] = _realtime_code(plan)
    else:
        out["src/llm.ts"] = _llm_code(plan)
    session = {"relay": ("src/agent.ts", "src/relay.ts", "test/session.test.ts"),
               "streams": ("src/agent.ts", "src/streams.ts", "src/speech.ts", "src/twilioStream.ts",
                           "test/stream.test.ts"),
               "realtime": ("src/bridge.ts", "src/twilioStream.ts", "test/bridge.test.ts")}[plan.kind]
    for path in ("src/security.ts", "src/server.ts", "src/main.ts", "test/helpers.ts", *session):
        out[path] = render(f"typescript/{path}", features)
    out.update({f"test/twiml/{d.name}.xml": d.xml() for d in documents})
    return out
