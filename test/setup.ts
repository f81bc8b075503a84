// The suite runs with generator failures thrown: a generated function that cannot be made for any
// reason but the platform's refusal fails the test, instead of hiding behind the walk.
import { generatorFailures } from "../src/compile/emitter.js";

generatorFailures.throw = true;

// The library registers a group of messages where a public function needs it (see src/messages/registry.ts,
// and test/messages/registry.test.ts, which checks every public function's bundle); tests that call
// internal modules directly get every group.
import { catalog } from "../src/messages/catalog.js";
import { registerMessages } from "../src/messages/registry.js";

registerMessages(catalog());
