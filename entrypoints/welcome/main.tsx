import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/page-language';
import '../../components/theme.css';
import '../../components/welcome/welcome.css';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

// Opened once, in a tab, when the extension is installed (entrypoints/background/welcome.ts).
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <WelcomeApp />
    </StrictMode>,
  );
}
