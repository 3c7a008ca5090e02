import { settingsContent } from '../../content/settings';

/** The message beside a field, with a hidden "Error:" so a screen reader does not read it as a hint. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">{settingsContent.errorPrefix}</span> {message}
    </p>
  );
}
