import { accessControlSuite } from "./access-control.suite.ts";

// The access table's second half on the embedded database (see access-control.test.ts).
accessControlSuite("pglite", "campaigns and what they say");
