import type { MessageId, ParamsOf } from "../../../src/messages/catalog.js";

/** Sample params for every message of the catalog, one or more each (a message that words several cases has one sample per case). */
export type Samples = { [I in MessageId]: ParamsOf<I>[] };
