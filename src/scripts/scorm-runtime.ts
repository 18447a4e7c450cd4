/*
 * The run-time side of a chapter's SCORM 1.2 package (src/lib/exports/scorm.ts): finds the
 * platform's API as the SCORM 1.2 run-time environment says (window.API in the parent
 * frames, then in the opener's), and reports the quiz's score, the lesson status, the
 * answers (in suspend_data, so a return restores them) and the time spent, finishing when
 * the learner leaves. Opened outside a platform, it finds no API and does nothing: the page
 * works as it does on the site. Built on its own into the package's scorm.js.
 */
import { scormReport, sessionTime } from "~/lib/exports/scorm.ts";
import {
  emptySaved,
  isNewerStore,
  parseSaved,
  progressKey,
  serializeSaved,
  type Saved,
} from "~/lib/progress/store.ts";
import { PROGRESS_EVENT } from "./progress-store.ts";
import { READ_EVENT } from "./read-event.ts";

/** The SCORM 1.2 run-time API a platform provides. */
interface ScormApi {
  LMSInitialize(parameter: ""): string;
  LMSFinish(parameter: ""): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ""): string;
}

/** The API in `start` or one of its parent frames, as far as they can be read. */
function apiFrom(start: Window | null): ScormApi | undefined {
  let win = start;
  for (let depth = 0; win && depth < 10; depth++) {
    try {
      const api = (win as Window & { API?: ScormApi }).API;
      if (api) return api;
    } catch {
      // A frame of another origin: it cannot be the platform's API holder for this page.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return undefined;
}

const api = apiFrom(window) ?? apiFrom(window.opener as Window | null);
const slug = document.querySelector<HTMLElement>("quiz-set")?.dataset["quiz"];

if (api && slug && api.LMSInitialize("") === "true") {
  const started = Date.now();
  const key = progressKey(import.meta.env.BASE_URL);
  const ids = [...document.querySelectorAll<HTMLElement>("quiz-set fieldset[data-question]")].map(
    (fieldset) => fieldset.dataset["question"] ?? "",
  );
  const masteryText = api.LMSGetValue("cmi.student_data.mastery_score");
  const mastery = masteryText.trim() === "" ? undefined : Number(masteryText);
  let readSeen = false;

  /**
   * What the page has stored, or undefined when the browser refuses it storage or holds a
   * store from a newer version of the site, which the page leaves alone.
   */
  const stored = (): Saved | undefined => {
    try {
      const raw = localStorage.getItem(key);
      return isNewerStore(raw) ? undefined : parseSaved(raw);
    } catch {
      return undefined;
    }
  };

  // A return: the answers the platform kept go back into the page's store before the quiz
  // reads it. What does not parse is dropped, as the store drops it.
  const kept = parseSaved(api.LMSGetValue("cmi.suspend_data") || null);
  const answersKept = kept.quizzes[slug];
  const saved = stored();
  if (saved && (answersKept || kept.read.includes(slug))) {
    if (answersKept) saved.quizzes[slug] = answersKept;
    if (kept.read.includes(slug) && !saved.read.includes(slug)) saved.read.push(slug);
    readSeen = kept.read.includes(slug);
    try {
      localStorage.setItem(key, serializeSaved(saved));
    } catch {
      // Storage refused: the quiz starts afresh, and the platform keeps what it has.
    }
  }
  if (api.LMSGetValue("cmi.core.lesson_status") === "not attempted") {
    api.LMSSetValue("cmi.core.lesson_status", "incomplete");
  }

  const report = () => {
    const saved = stored();
    // Storage refused: the page cannot tell what was answered, and what the platform
    // kept from an earlier visit must not be overwritten with nothing.
    if (!saved) return;
    const answers = saved.quizzes[slug];
    const read = readSeen || saved.read.includes(slug);
    const result = scormReport(ids, answers, read, mastery);
    api.LMSSetValue("cmi.core.score.raw", String(result.raw));
    api.LMSSetValue("cmi.core.score.min", String(result.min));
    api.LMSSetValue("cmi.core.score.max", String(result.max));
    api.LMSSetValue("cmi.core.lesson_status", result.status);
    api.LMSSetValue(
      "cmi.suspend_data",
      serializeSaved({
        ...emptySaved(),
        quizzes: answers ? { [slug]: answers } : {},
        read: read ? [slug] : [],
      }),
    );
    api.LMSCommit("");
  };
  document.addEventListener(PROGRESS_EVENT, report);

  // Read to the end, as on the site (read-mark.ts): the mark after the key points reached
  // or passed, however the reader got there. It may have been reached before this ran.
  const onRead = () => {
    readSeen = true;
    report();
  };
  if (document.querySelector("read-mark[data-reached]")) onRead();
  else document.addEventListener(READ_EVENT, onRead, { once: true });

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    report();
    api.LMSSetValue("cmi.core.session_time", sessionTime(Date.now() - started));
    // Suspend, so the platform keeps the answers for the learner's next visit.
    api.LMSSetValue("cmi.core.exit", "suspend");
    api.LMSCommit("");
    api.LMSFinish("");
  };
  addEventListener("pagehide", finish);
  addEventListener("beforeunload", finish);
}
