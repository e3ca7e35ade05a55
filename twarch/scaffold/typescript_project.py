"""The TypeScript starter: a Node HTTP server and the session's WebSocket (``ws``), TwiML built with the ``twilio``
package, the LLM behind one function, and offline tests (``node:test``) that replay a call on loopback.

It is written for ConversationRelay and cascaded Media Streams designs
(:data:`~twarch.scaffold.plan.TYPESCRIPT_KINDS`) and the LLM SDKs below; :func:`twarch.scaffold.plan.plan` refuses
the rest with the reason. ``npm run check`` type-checks it (``tsc --noEmit``), ``npm test`` builds it and runs its
tests with Node's own runner.
"""

from __future__ import annotations

import json

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
                "streams": "A Media Streams agent (Deepgram and ElevenLabs) written by twarch scaffold"}


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
    out = {"src/config.ts": _config(plan, texts), "src/llm.ts": _llm_code(plan),
           "src/twiml.ts": _twiml_module(documents), "test/twiml.test.ts": _twiml_test(documents),
           "package.json": package_json(plan), "tsconfig.json": json.dumps(TSCONFIG, indent=2) + "\n"}
    session = {"relay": ("src/relay.ts", "test/session.test.ts"),
               "streams": ("src/streams.ts", "src/speech.ts", "test/stream.test.ts")}[plan.kind]
    for path in ("src/agent.ts", "src/security.ts", "src/server.ts", "src/main.ts", "test/helpers.ts", *session):
        out[path] = render(f"typescript/{path}", features)
    out.update({f"test/twiml/{d.name}.xml": d.xml() for d in documents})
    return out
