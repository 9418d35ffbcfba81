// Keeps one failing part (a panel, the map) from taking down the rest of the
// atlas: it says what failed and offers to try that part again.
import { Component, type ReactNode } from 'react';

interface Props {
  /** What the part is, for the message: "the details panel". */
  label: string;
  retryLabel: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.warn(`${this.props.label} failed:`, error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="part-failed" role="alert">
        <p>
          {this.props.label}: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
