/*
 * One server-rendered question (QuizQuestion.astro) made answerable: choosing, moving items,
 * Check answer, Try again and Show answer, with feedback said in its status line. Where its
 * state is kept is the caller's: a chapter's quiz (quiz.ts) or the review page (review.ts).
 */
import {
  canCheck,
  checkAnswer,
  correctResponse,
  isChecked,
  move,
  retryAnswer,
  revealAnswer,
  type QuestionState,
  type QuizQuestion,
} from "~/lib/quiz/engine.ts";

/** One question inside a quiz: its server-rendered fieldset and what it needs to be marked. */
export class QuestionView {
  readonly id: string;
  readonly question: QuizQuestion;
  private readonly inputs: HTMLInputElement[];
  private readonly list: HTMLOListElement | null;
  private readonly feedback: HTMLElement;
  private readonly buttons: Record<"check" | "retry" | "reveal", HTMLButtonElement>;

  constructor(
    readonly root: HTMLFieldSetElement,
    /** The question's state as kept: a chapter's saved answers, or a review's own. */
    private readonly saved: () => QuestionState | undefined,
    /** Called with each new state, to keep it. */
    private readonly onChange: (id: string, state: QuestionState | undefined) => void,
  ) {
    this.id = root.dataset["question"] ?? "";
    const type = root.dataset["type"];
    const correct = JSON.parse(root.dataset["correct"] ?? "[]") as number[];
    this.inputs = [...root.querySelectorAll<HTMLInputElement>("input")];
    this.list = root.querySelector("ol[data-order]");
    this.question =
      type === "order"
        ? { type, items: correct }
        : type === "true-false"
          ? { type, answer: correct[0] === 0 }
          : {
              type: type === "multiple" ? "multiple" : "single",
              options: this.inputs.map((_, i) => ({ correct: correct.includes(i) })),
              // (An input's value is its place in the quiz file, whatever its place on screen.)
            };
    this.feedback = root.querySelector("[data-feedback]") as HTMLElement;
    const button = (name: string) =>
      root.querySelector(`[data-action=${name}]`) as HTMLButtonElement;
    this.buttons = { check: button("check"), retry: button("retry"), reveal: button("reveal") };
    root.querySelector("details")?.setAttribute("hidden", "");
    root.querySelector<HTMLElement>("[data-controls]")?.removeAttribute("hidden");
    for (const moveButtons of root.querySelectorAll<HTMLElement>("[data-move-buttons]"))
      moveButtons.hidden = false;

    this.buttons.check.addEventListener("click", () => this.check());
    this.buttons.retry.addEventListener("click", () => this.retry());
    this.buttons.reveal.addEventListener("click", () => this.reveal());
    this.list?.addEventListener("click", (event) => {
      const target = (event.target as Element).closest<HTMLButtonElement>("button[data-move]");
      if (target) this.moveItem(target);
    });
  }

  /** The response as the page shows it now. */
  response(): number[] {
    if (this.list)
      return [...this.list.children].map((li) => Number((li as HTMLElement).dataset["item"]));
    return this.inputs.flatMap((input) => (input.checked ? [Number(input.value)] : []));
  }

  private setResponse(response: readonly number[]) {
    if (this.list) {
      const items = [...this.list.children] as HTMLElement[];
      for (const index of response) {
        const li = items.find((item) => Number(item.dataset["item"]) === index);
        if (li) this.list.append(li);
      }
    } else for (const input of this.inputs) input.checked = response.includes(Number(input.value));
  }

  private moveItem(button: HTMLButtonElement) {
    if (this.locked()) return;
    const li = button.closest("li") as HTMLLIElement;
    const items = [...(this.list as HTMLOListElement).children];
    const from = items.indexOf(li);
    const step = Number(button.dataset["move"]) as -1 | 1;
    const next = move(
      items.map((_, i) => i),
      from,
      step,
    );
    const text = li.querySelector("[data-text]")?.textContent ?? "";
    if (next[from] === from) {
      this.say(`“${text}” is already ${step < 0 ? "first" : "last"}.`);
      return;
    }
    this.setResponse(next.map((i) => Number((items[i] as HTMLElement).dataset["item"])));
    button.focus();
    this.say(`“${text}” moved to position ${from + step + 1} of ${items.length}.`);
  }

  /** The input for the choice at `index` in the quiz file. */
  private input(index: number): HTMLInputElement | undefined {
    return this.inputs.find((input) => Number(input.value) === index);
  }

  /**
   * Marks each choice in words as well as colour: with the answer shown, the right ones
   * and a wrong one the reader chose; otherwise none.
   */
  private mark(state: QuestionState | undefined) {
    const right = correctResponse(this.question);
    for (const input of this.inputs) {
      const label = input.closest("label");
      if (!label) continue;
      const index = Number(input.value);
      const mark = !state?.revealed
        ? ""
        : right.includes(index)
          ? "right"
          : state.response.includes(index)
            ? "wrong"
            : "";
      let tag = label.querySelector<HTMLElement>(".quiz-mark");
      if (!mark) {
        delete label.dataset["mark"];
        tag?.remove();
        continue;
      }
      label.dataset["mark"] = mark;
      tag ??= label.appendChild(document.createElement("span"));
      tag.className = "quiz-mark";
      tag.textContent = mark === "right" ? "Right answer" : "Your answer: wrong";
    }
  }

  private locked(): boolean {
    return this.buttons.check.getAttribute("aria-disabled") === "true";
  }

  /**
   * What a wrong answer is told: for an order, how many items are in place and the
   * quiz file's hint; otherwise the feedback of each wrong choice picked.
   */
  private wrongNote(response: readonly number[]): string {
    const right = correctResponse(this.question);
    if (this.list) {
      const placed = response.filter((item, position) => item === right[position]).length;
      const hint = this.root.dataset["note"] ?? "";
      return `${placed} of ${right.length} ${placed === 1 ? "is" : "are"} in the right place. ${hint}`.trim();
    }
    const notes = response
      .filter((i) => !right.includes(i))
      .map((i) => this.input(i)?.dataset["note"] ?? "")
      .filter(Boolean);
    return notes.join(" ") || "Review the section and try again.";
  }

  /** Writes feedback; "right" and "wrong" add their icon (drawn by quiz.css). */
  private say(message: string, icon: "right" | "wrong" | "" = "") {
    this.feedback.dataset["icon"] = icon;
    this.feedback.textContent = message;
  }

  private check() {
    if (this.locked()) return;
    const response = this.response();
    if (!canCheck(this.question, response)) {
      this.say("Choose an answer first.");
      return;
    }
    const state = checkAnswer(this.question, this.saved(), response);
    this.onChange(this.id, state);
    this.show(state);
  }

  private retry() {
    const state = retryAnswer(this.saved());
    if (state) this.onChange(this.id, state);
    this.show(state);
    // The button just pressed is now hidden: put focus back at the start of the question.
    (this.inputs[0] ?? this.list?.querySelector("button"))?.focus();
  }

  private reveal() {
    const state = revealAnswer(this.saved());
    if (!state) return;
    this.onChange(this.id, state);
    this.show(state);
  }

  /** Shows a state: fresh (undefined), checked right or wrong, or with the answer shown. */
  show(state: QuestionState | undefined, restoring = false) {
    const checked = isChecked(state);
    for (const input of this.inputs) input.disabled = checked;
    for (const b of this.root.querySelectorAll<HTMLButtonElement>("button[data-move]"))
      b.setAttribute("aria-disabled", String(checked));
    this.buttons.check.setAttribute("aria-disabled", String(checked));
    this.buttons.retry.hidden = !checked || (state.correct && !state.revealed);
    this.buttons.reveal.hidden = !checked || state.correct || state.revealed;
    this.root.dataset["state"] = !checked
      ? "fresh"
      : state.revealed
        ? "revealed"
        : state.correct
          ? "right"
          : "wrong";
    if (restoring && state) this.setResponse(state.response);
    this.mark(state);
    if (!checked) {
      this.feedback.textContent = "";
      // A choice made before this code arrived (it loads as the reader nears the quiz) is
      // kept; starting over or trying again clears them.
      if (!restoring) this.inputs.forEach((input) => (input.checked = false));
      return;
    }
    const explanation = this.root.querySelector("[data-explanation]")?.textContent?.trim() ?? "";
    if (state.revealed) {
      const answer = this.root.querySelector("[data-answer]")?.textContent?.trim() ?? "";
      // The answer line ends with its full stop (QuizQuestion.astro).
      this.say(`The answer: ${answer} ${explanation}`);
    } else if (state.correct) {
      this.say(`Correct. ${explanation}`, "right");
    } else {
      this.say(`Not quite. ${this.wrongNote(state.response)}`, "wrong");
    }
  }
}
