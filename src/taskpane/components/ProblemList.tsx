/** Problems as links: each names its step and field and, when followed, opens that step and focuses the field. */
import { Link } from "@fluentui/react-components";
import type { Problem } from "../../model";
import { describeField, problemText } from "../state/problems";
import { stepOf } from "../steps/steps";
import { useEditor } from "./EditorContext";

export function ProblemList({ problems, max, onJump }: { problems: Problem[]; max: number; onJump: (p: Problem) => void }) {
  const { s, lang, state } = useEditor();
  const shown = problems.slice(0, max);
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="problem-list">
      {shown.map((p, i) => (
        <li key={`${p.path}|${p.code}|${i}`}>
          <Link as="button" inline onClick={() => onJump(p)}>
            {`${s.stepShort(stepOf(p.segments) + 1)} · ${describeField(p.segments, state.doc, s)}`}
          </Link>
          {`: ${problemText(p, lang)}`}
        </li>
      ))}
      {problems.length > shown.length && <li>{s.moreProblems(problems.length - shown.length)}</li>}
    </ul>
  );
}
