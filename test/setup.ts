// The suite runs with generator failures thrown: a generated function that cannot be made for any
// reason but the platform's refusal fails the test, instead of hiding behind the walk.
import { generatorFailures } from "../src/compile/emitter.js";

generatorFailures.throw = true;
