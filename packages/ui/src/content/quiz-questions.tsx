export type TQuizQuestion = { id: string; text: string; multiple: boolean; options: { id: string; text: string }[] };

/**
 * An exam's questions, one fieldset each: radio buttons for one answer, checkboxes for several, named `q-<id>` with
 * the option id as value (what the day page's exam form sends). Inside a disabled fieldset they are the preview's.
 */
export function QuizQuestions({ questions, namePrefix = "q" }: { questions: TQuizQuestion[]; namePrefix?: string }) {
  return questions.map((q) => (
    <fieldset key={q.id} className="question">
      <legend>{q.text}</legend>
      {q.options.map((o) => (
        <label key={o.id} className="option">
          <input type={q.multiple ? "checkbox" : "radio"} name={`${namePrefix}-${q.id}`} value={o.id} /> {o.text}
        </label>
      ))}
    </fieldset>
  ));
}
