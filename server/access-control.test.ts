import { accessControlSuite } from "./access-control.suite.ts";

// The access table on the embedded database; the PostgreSQL run is its own file, so the two
// longest suites run side by side rather than one after the other.
accessControlSuite("pglite");
