<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BatchDescentView</name>
    <message>
        <source>Descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E(a, b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise expects a number from 0 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps expects a number of epochs or &apos;all&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (batch, epochs, lr, seed, points, noise, steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic (SGD, M = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch (MBGD, M = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full batch (BGD, M = N = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: diverged after %2 updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updates, a = %2, b = %3, E = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(diverged: η is too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting ŷ = a x + b, three ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights are w = (a, b). Observation j adds the error E&lt;sub&gt;j&lt;/sub&gt; = (a x&lt;sub&gt;j&lt;/sub&gt; + b − y&lt;sub&gt;j&lt;/sub&gt;)²; the contours show E(a, b), the mean over all N points. All three start from (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch gradient descent (BGD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one update per epoch, after all N observations: stable but slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic gradient descent (SGD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one update per observation: fast but it fluctuates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch gradient descent (MBGD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one update per batch of M observations, K batches per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurone divides each sum by its number of observations (a mean), so one η suits every batch size. The observations are shuffled at each epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Epoch&lt;/b&gt;: one pass over all N observations.&lt;br&gt;&lt;b&gt;Batch size&lt;/b&gt; M: the number of observations in one batch.&lt;br&gt;&lt;b&gt;Iteration&lt;/b&gt;: one batch, one update; K iterations complete an epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: N = %1, M = %2, so K = %3 iterations per epoch; %4 epochs give %5 updates (SGD: %6, BGD: %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step reveals one more epoch of the three descents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intercept b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start (a₀, b₀)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N, the number of observations (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation σ of the noise added to y = 2x + 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the points and of the shuffling at each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M, the number of observations per mini-batch (1 = stochastic, N = full batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of passes over all N observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η, on a logarithmic scale from 0.001 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch size M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 of %2 epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr expects a number in (0, %1], not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD (M = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBGD (M = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BGD (M = N = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and fitted lines
ŷ = a x + b</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurveDescentView</name>
    <message>
        <source>Course: f(x) = (x − 0.75)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local minimum: momentum escapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No convergence: t = 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from one of the course&apos;s examples, or type your own f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) in the usual notation: + − * / ^, sin, cos, exp, log (ln), sqrt, abs, e.g. x^4 − 3*x^2 + x. Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example (x-0.75)^2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start point x₀ (or click the curve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate t: the step is t·f′(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum γ: the share of the previous step kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when |f′(x_k)| ≤ ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also stop once f(x_k) is at most this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop once f(x_k) ≤ this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start x₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|f′(x)| ≤ ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iterations =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read f(x) = %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be greater than 0 and at most %1; %2 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) = %1 is not defined at x₀ = %2 (not a number there). Pick another start point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With momentum (γ = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gradient descent&lt;/h3&gt;&lt;p&gt;Until a stopping condition holds:&lt;br/&gt;&lt;b&gt;x&lt;sub&gt;k+1&lt;/sub&gt; = x&lt;sub&gt;k&lt;/sub&gt; − t·f′(x&lt;sub&gt;k&lt;/sub&gt;)&lt;/b&gt;&lt;/p&gt;&lt;h3&gt;With momentum&lt;/h3&gt;&lt;p&gt;ω&lt;sub&gt;0&lt;/sub&gt; = 0, then&lt;br/&gt;&lt;b&gt;ω&lt;sub&gt;k+1&lt;/sub&gt; = γ·ω&lt;sub&gt;k&lt;/sub&gt; + t·f′(x&lt;sub&gt;k&lt;/sub&gt;)&lt;/b&gt;&lt;br/&gt;&lt;b&gt;x&lt;sub&gt;k+1&lt;/sub&gt; = x&lt;sub&gt;k&lt;/sub&gt; − ω&lt;sub&gt;k+1&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Here t = %1, γ = %2, x&lt;sub&gt;0&lt;/sub&gt; = %3.&lt;/p&gt;&lt;h3&gt;Stopping&lt;/h3&gt;&lt;p&gt;The first of: |f′(x&lt;sub&gt;k&lt;/sub&gt;)| ≤ ε = %4; k = %5 iterations; f(x&lt;sub&gt;k&lt;/sub&gt;) below the minimum loss (if set).&lt;/p&gt;&lt;p&gt;A step that makes x run off to infinity means the learning rate is too large: the descent &lt;i&gt;diverges&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (preset, function, x0, lr, gamma, eps, steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescentColumn</name>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the curve to start from there; drag to pan, wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iterates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step table: k, x_k, f(x_k), the derivative and the step ω_k = x_(k−1) − x_k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged after %1 steps at x = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the minimum loss after %1 steps at x = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged after %1 steps: the iterates run away. Lower the learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 steps (maximum iterations) at x = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>Curve f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent on a curve, without and with momentum, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos; (curve, surface, batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface f(x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six optimisers raced on a contour map; drag the start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic vs batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic, mini-batch and full-batch descent on a noisy linear regression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescentTableModel</name>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xₖ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(xₖ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(xₖ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ωₖ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plot to export here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render the plot as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plot format &apos;%1&apos;: use .png, .pdf or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table to export here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Neurone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lessons, in the course&apos;s order (Ctrl+1 … Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;plot (PNG, PDF, SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger fonts and thicker lines, for the back of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Neurone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to a lesson&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step one iteration&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; / &lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run / pause the animation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset to the start point&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;projector mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dark theme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the plot (PNG, PDF, SVG)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the table (CSV)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Neurone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neurone %1&lt;/h3&gt;&lt;p&gt;A lab for teaching neural networks: gradient descent, the perceptron, convolution, training and spoken keywords, step by step and exact.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Plots by QCustomPlot, linear algebra by Eigen, formulas by muparser.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackControls</name>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One iteration (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate the iterations (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the animation (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start point (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every iteration at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation speed, in iterations per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfaceDescentView</name>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this formula: %1. The previous function is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f or its gradient is not a number at the start point (%1, %2). The previous function is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f or its gradient is not a number at (%1, %2): the start point stays where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (ill-conditioned, rosenbrock, two-minima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start expects two numbers &apos;x,y&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gamma expects a number in [0, 1), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps expects a number of iterations or &apos;all&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (preset, formula, start, lr, gamma, optimizers, steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown optimizer &apos;%1&apos; (gd, momentum, nesterov, adagrad, rmsprop, adam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill-conditioned quadratic x² + 10y²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosenbrock&apos;s banana valley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two minima (local and global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged (‖∇f‖ ≤ ε)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached the minimum loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at the iteration limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: diverged after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, f = %2 at (%3, %4), %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x ← x − t∇f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ω ← γω + t∇f(x)&lt;br&gt;x ← x − ω  (ω₀ = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ω ← γω + t∇f(x − γω)&lt;br&gt;x ← x − ω&lt;br&gt;&lt;i&gt;the gradient is taken where the momentum is carrying x&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G ← G + ∇f(x)²&lt;br&gt;x ← x − t∇f(x) / (√G + %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E ← ρE + (1 − ρ)∇f(x)²,  ρ = %1&lt;br&gt;x ← x − t∇f(x) / (√E + %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m ← β₁m + (1 − β₁)∇f(x),  v ← β₂v + (1 − β₂)∇f(x)²&lt;br&gt;M = m / (1 − β₁ᵏ),  V = v / (1 − β₂ᵏ)  (k: iteration)&lt;br&gt;x ← x − t M / (√V + %1)&lt;br&gt;β₁ = %2, β₂ = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each optimizer moves x = (x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From x₀ = (%1, %2), with learning rate t = %3 and γ = %4. Squares, roots and divisions act on each coordinate. Every optimizer stops when ‖∇f(x)‖ ≤ ε = %5 or after %6 iterations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press and drag on the map to move the start point x₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start x₀ (drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function f(x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A surface from the course, or your own formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizers in the race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the path of %1 on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate t, on a logarithmic scale from 0.0001 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum γ (0 to 0.99), used by momentum and Nesterov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each optimizer stops after this many iterations at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr expects a number in (0, %1], not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x, y) in muparser syntax, applied with Enter, e.g. x^2 + 10*y^2
Operators: + − * / ^ (power), parentheses, comparisons and ?: (if-then-else)
Functions: sin cos tan asin acos atan sinh cosh tanh exp ln log10 log2 sqrt abs sign min max sum avg
Constants: _pi _e
The map keeps the current x and y ranges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
