import { searchExamples } from "./search-examples.ts";

// What search finds and says, for the root build; search-examples-sub-path.spec.ts runs the
// same under /learning-together/.
searchExamples("/");
