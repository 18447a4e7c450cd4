/**
 * The quiz engine: plain functions with no DOM, shared by the server render and the
 * browser. A response is always a list of numbers: the chosen option indices for choice
 * questions (true-false's options are True then False), or, for put-in-order, the item
 * indices in the order the reader has put them (the right order is 0, 1, 2, ...).
 */

/** What the engine needs to know about a question. */
export type QuizQuestion =
  | { type: "single" | "multiple"; options: readonly { correct: boolean }[] }
  | { type: "true-false"; answer: boolean }
  | { type: "order"; items: readonly unknown[] };

/** Where the reader is with one question. */
export interface QuestionState {
  /** How many times "Check answer" was pressed. */
  attempts: number;
  /** Whether the last checked answer was right. */
  correct: boolean;
  /** Whether the reader asked to see the answer. */
  revealed: boolean;
  /** The last checked response; empty after "Try again" until the next check. */
  response: number[];
}

/** The right response: the indices of the correct options, or the items in order. */
export function correctResponse(question: QuizQuestion): number[] {
  switch (question.type) {
    case "true-false":
      return [question.answer ? 0 : 1];
    case "order":
      return question.items.map((_, i) => i);
    default:
      return question.options.flatMap((o, i) => (o.correct ? [i] : []));
  }
}

/** How many choices or items the question has. */
export function choiceCount(question: QuizQuestion): number {
  if (question.type === "true-false") return 2;
  return question.type === "order" ? question.items.length : question.options.length;
}

/** Whether a response is right. Choice answers ignore order; put-in-order does not. */
export function isCorrect(question: QuizQuestion, response: readonly number[]): boolean {
  const right = correctResponse(question);
  if (question.type === "order")
    return right.length === response.length && right.every((v, i) => response[i] === v);
  const chosen = [...new Set(response)].sort((a, b) => a - b);
  return chosen.length === right.length && chosen.every((v, i) => v === right[i]);
}

/** Whether a response is complete enough to check. */
export function canCheck(question: QuizQuestion, response: readonly number[]): boolean {
  if (question.type === "order") return response.length === choiceCount(question);
  return response.length > 0;
}

/** The state after the reader checks a response. */
export function checkAnswer(
  question: QuizQuestion,
  state: QuestionState | undefined,
  response: readonly number[],
): QuestionState {
  return {
    attempts: (state?.attempts ?? 0) + 1,
    correct: isCorrect(question, response),
    revealed: state?.revealed ?? false,
    response: [...response],
  };
}

/** The state after the reader asks to see the answer; only possible after an attempt. */
export function revealAnswer(state: QuestionState | undefined): QuestionState | undefined {
  if (!state || state.attempts === 0) return state;
  return { ...state, revealed: true };
}

/**
 * The state after "Try again": the attempt still counts, but the question is cleared for a
 * new answer, so a reload shows it cleared too rather than the answer that was wrong.
 */
export function retryAnswer(state: QuestionState | undefined): QuestionState | undefined {
  if (!state) return state;
  return { ...state, correct: false, response: [] };
}

/** Whether a state shows a checked answer, rather than a fresh or cleared question. */
export function isChecked(state: QuestionState | undefined): state is QuestionState {
  return state !== undefined && state.attempts > 0 && state.response.length > 0;
}

/** A quiz's score: questions answered (checked at least once) and answered right. */
export function score(
  questionIds: readonly string[],
  states: Readonly<Record<string, QuestionState | undefined>>,
): { answered: number; correct: number; total: number; complete: boolean } {
  let answered = 0;
  let correct = 0;
  for (const id of questionIds) {
    const state = states[id];
    if (!state || state.attempts === 0) continue;
    answered += 1;
    if (state.correct && !state.revealed) correct += 1;
  }
  return {
    answered,
    correct,
    total: questionIds.length,
    complete: answered === questionIds.length,
  };
}

/**
 * A fixed shuffle of 0..n-1 for a question's items or options, derived from its id so the
 * page is the same on every build and with or without JavaScript. Never the order given
 * (the right order of items to put in order; the file's order of options).
 */
export function shuffledOrder(id: string, n: number): number[] {
  let seed = 2166136261;
  for (const char of id) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    seed = Math.imul(seed ^ (seed >>> 15), 2246822507) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  // A shuffle that happens to be right would give the answer away: rotate it by one.
  if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift() as number);
  return order;
}

/** Moves the entry at `from` one place up (-1) or down (+1); out of range leaves it. */
export function move(order: readonly number[], from: number, step: -1 | 1): number[] {
  const to = from + step;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to] as number, next[from] as number];
  return next;
}
