// Findings quote the text they are about; a 300 KB line quoted whole would be kept, rendered and
// posted once per finding. Past this length the message is cut, with an ellipsis.
export const MAX_MESSAGE_LENGTH = 500;

export function boundMessage(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(message[MAX_MESSAGE_LENGTH - 2] ?? '') ? MAX_MESSAGE_LENGTH - 2 : MAX_MESSAGE_LENGTH - 1;
  return `${message.slice(0, end)}…`;
}
