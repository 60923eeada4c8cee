import { type FakeServer, type RecordedRequest, startFakeServer } from "./http-fake";

export const FAKE_OPENAI_KEY = "sk-fake-openai";
export const FAKE_ANTHROPIC_KEY = "sk-ant-fake";

export interface FakeLlmBehaviour {
  /** Text the model "writes" for a request; default echoes the prompt. */
  reply?: (prompt: string, request: RecordedRequest) => string;
  /** Fail every call with this HTTP status and message, as the provider would. */
  failWith?: { status: number; message: string };
  delayMs?: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** OpenAI Chat Completions (`POST /v1/chat/completions`), as OpenAI and compatible servers answer it. */
export function startFakeOpenAi(behaviour: FakeLlmBehaviour = {}): Promise<FakeServer> {
  return startFakeServer((request) => {
    if (request.method !== "POST" || request.path !== "/v1/chat/completions") {
      return { status: 404, body: { error: { message: "Unknown path", type: "invalid_request_error" } } };
    }
    if (request.headers.authorization !== `Bearer ${FAKE_OPENAI_KEY}`) {
      return {
        status: 401,
        body: {
          error: {
            message: "Incorrect API key provided",
            type: "invalid_request_error",
            code: "invalid_api_key",
          },
        },
      };
    }
    if (behaviour.failWith) {
      return {
        status: behaviour.failWith.status,
        body: { error: { message: behaviour.failWith.message, type: "server_error", code: null } },
      };
    }
    const messages = request.body.messages as { role: string; content: string }[];
    const prompt = messages
      .filter((m) => m.role === "user")
      .map((m) => m.content)
      .join("\n");
    const content = behaviour.reply?.(prompt, request) ?? `echo: ${prompt}`;
    return {
      delayMs: behaviour.delayMs,
      body: {
        id: `chatcmpl-${request.body.model}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: request.body.model,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content, refusal: null },
            logprobs: null,
            finish_reason: "stop",
          },
        ],
        usage: {
          prompt_tokens: words(prompt) + 7,
          completion_tokens: words(content),
          total_tokens: words(prompt) + 7 + words(content),
        },
      },
    };
  });
}

/** Anthropic Messages (`POST /v1/messages`). */
export function startFakeAnthropic(behaviour: FakeLlmBehaviour = {}): Promise<FakeServer> {
  return startFakeServer((request) => {
    if (request.method !== "POST" || request.path !== "/v1/messages") {
      return {
        status: 404,
        body: { type: "error", error: { type: "not_found_error", message: "Not found" } },
      };
    }
    // SDK 1.x sends the key as a bearer token; older clients send x-api-key. Both carry anthropic-version.
    const key = request.headers["x-api-key"] ?? request.headers.authorization?.replace(/^Bearer /, "");
    if (key !== FAKE_ANTHROPIC_KEY || !request.headers["anthropic-version"]) {
      return {
        status: 401,
        body: { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } },
      };
    }
    if (behaviour.failWith) {
      return {
        status: behaviour.failWith.status,
        body: { type: "error", error: { type: "api_error", message: behaviour.failWith.message } },
      };
    }
    const messages = request.body.messages as { role: string; content: string }[];
    const prompt = messages.map((m) => m.content).join("\n");
    const text = behaviour.reply?.(prompt, request) ?? `echo: ${prompt}`;
    return {
      delayMs: behaviour.delayMs,
      body: {
        id: "msg_fake",
        type: "message",
        role: "assistant",
        model: request.body.model,
        content: [{ type: "text", text }],
        stop_reason: "end_turn",
        stop_sequence: null,
        usage: { input_tokens: words(prompt) + 5, output_tokens: words(text) },
      },
    };
  });
}
