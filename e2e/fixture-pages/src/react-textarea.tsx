/** @jsxImportSource react */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeFixture } from './fixture-api';

// A React controlled textarea, as several chatbots use: React state is what gets sent.
let currentValue = '';
const api = exposeFixture(() => currentValue);

function Composer() {
  const [value, setValue] = useState('');
  currentValue = value;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        api.sent.push(value);
        setValue('');
      }}
    >
      <textarea
        aria-label="Ask anything"
        placeholder="Ask anything..."
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" aria-label="Submit">
        Send
      </button>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(<Composer />);
