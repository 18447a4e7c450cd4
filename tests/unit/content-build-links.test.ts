import { describe, expect, it } from "vitest";
import { BENEFITS, buildWith } from "./content-build.support.ts";

// Real Astro runs: slow next to the unit tests, so they get a generous time limit.
describe(
  "invalid content fails the build with a message naming the file and the fix: citations and quizzes",
  { timeout: 120_000 },
  () => {
    it("a citation whose key is not in the bibliography", async () => {
      const { failed, output } = await buildWith("unknown-cite", "build", ({ read, write }) => {
        write(
          BENEFITS,
          read(BENEFITS).replace(
            '<Cite id="garnweidner-holme-2022" />',
            '<Cite id="garnweidner-2022" />',
          ),
        );
      });
      expect(failed).toBe(true);
      expect(output).toMatch(
        /02-benefits\.mdx:\d+: <Cite id="garnweidner-2022" \/> names no reference in \S*references\.json\. Use one of its keys \(garnweidner-holme-2022, busari-2017, davison-2022\) or add the reference there\./,
      );
    });
    it("a reference that no chapter cites", async () => {
      const { failed, output } = await buildWith("uncited", "build", ({ read, write }) => {
        write(BENEFITS, read(BENEFITS).replace(' <Cite id="garnweidner-holme-2022" />', ""));
      });
      expect(failed).toBe(true);
      expect(output).toMatch(
        /references\.json: "garnweidner-holme-2022" is cited in no chapter\. Cite it where the essay does, with <Cite id="garnweidner-holme-2022" \/>, or remove it\./,
      );
    });
    it("a quiz question whose Review link points at a missing section", async () => {
      const QUIZ = "quizzes/benefits.yaml";
      const { failed, output } = await buildWith("broken-review", "build", ({ read, write }) => {
        write(QUIZ, read(QUIZ).replace(/review: \S+/, "review: no-such-section"));
      });
      expect(failed).toBe(true);
      expect(output).toMatch(
        /quizzes\/benefits\.yaml: question "[a-z0-9-]+" reviews section "no-such-section", which \/chapters\/benefits\/ does not have\. Use one of: /,
      );
    });
  },
);
