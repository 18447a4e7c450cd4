import { searchExamples } from "./search-examples.ts";

// What search finds and says, for the build under /learning-together/ (the sub-path project
// runs files whose names end in sub-path.spec.ts).
searchExamples("/learning-together/");
