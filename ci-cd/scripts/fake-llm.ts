// The end-to-end stack's stand-in for an OpenAI-compatible endpoint (no LLM can run on the test machine): the
// same /v1/chat/completions protocol Ollama speaks, answering a fixed Russian draft. Writes its base URL to the
// file named by the first argument, then serves until it is stopped.
import { writeFileSync } from "node:fs";
import { startFakeLlm } from "@gafus/testing";

const out = process.argv[2];
if (!out) throw new Error("usage: fake-llm.ts <file to write the base URL to>");
const llm = await startFakeLlm("Черновик ИИ: собака уверенно держит позу. Добавьте отвлечения и увеличьте дистанцию.");
writeFileSync(out, llm.baseUrl);
const stop = () => void llm.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
