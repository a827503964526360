import { render } from 'preact';
import { PracticeChatbot } from '@/components/PracticeChatbot';
import { startGuard } from '@/lib/guard/start-guard';
import { SAMPLE_NOTES } from '@/lib/samples/sample-notes';

render(
  <PracticeChatbot samples={SAMPLE_NOTES} onCopySample={(sample) => void navigator.clipboard.writeText(sample.text)} />,
  document.getElementById('app')!,
);
startGuard(window, 'practice');
