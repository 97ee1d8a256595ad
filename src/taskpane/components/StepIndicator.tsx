/** The step indicator: five numbered buttons (the current one marked), each with its count of problems. */
import { Button, CounterBadge, makeStyles, tokens } from "@fluentui/react-components";
import { STEPS } from "../steps/steps";
import { useTexts } from "./EditorContext";

const useStyles = makeStyles({
  list: { display: "flex", columnGap: tokens.spacingHorizontalXS, listStyleType: "none", margin: 0, padding: 0 },
  item: { position: "relative" },
  badge: { position: "absolute", top: "-6px", right: "-6px", pointerEvents: "none" },
});

export function StepIndicator({ step, problemsPerStep, onGo }: { step: number; problemsPerStep: number[]; onGo: (step: number) => void }) {
  const { s } = useTexts();
  const styles = useStyles();
  return (
    <nav aria-label={s.stepsLabel}>
      <ol className={styles.list}>
        {STEPS.map((definition, i) => {
          const name = definition.title(s);
          const problems = problemsPerStep[i] ?? 0;
          const label = `${s.goToStep(i + 1, name)}${problems > 0 ? ` (${s.stepHasProblems(problems)})` : ""}`;
          return (
            <li key={i} className={styles.item}>
              <Button
                size="small"
                shape="circular"
                appearance={i === step ? "primary" : "secondary"}
                aria-current={i === step ? "step" : undefined}
                aria-label={label}
                title={label}
                onClick={() => onGo(i)}
                style={{ minWidth: 32 }}
              >
                {i + 1}
              </Button>
              {problems > 0 && <CounterBadge className={styles.badge} count={problems} size="small" color="danger" aria-hidden="true" />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
