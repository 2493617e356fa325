import ReactMarkdown from "react-markdown";

// Trainer-written texts are markdown; react-markdown renders no raw HTML, so nothing a trainer types can inject script.
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose">
      <ReactMarkdown>{children}</ReactMarkdown>
    </div>
  );
}
