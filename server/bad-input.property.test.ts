import { badInputSuite } from "./bad-input.suite.ts";

// Bad input on the embedded database; the PostgreSQL run is its own file, so the two longest
// suites run side by side rather than one after the other.
badInputSuite("pglite");
