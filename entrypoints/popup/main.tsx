import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { App } from '../../components/popup/App';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
