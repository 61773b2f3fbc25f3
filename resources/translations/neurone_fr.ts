<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BatchDescentView</name>
    <message>
        <source>Descent</source>
        <translation>Descente</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>E(a, b)</source>
        <translation>E(a, b)</translation>
    </message>
    <message>
        <source>%1 expects a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 attend un nombre entier de %2 à %3, et non &apos;%4&apos;</translation>
    </message>
    <message>
        <source>noise expects a number from 0 to %1, not &apos;%2&apos;</source>
        <translation>noise attend un nombre de 0 à %1, et non &apos;%2&apos;</translation>
    </message>
    <message>
        <source>steps expects a number of epochs or &apos;all&apos;, not &apos;%1&apos;</source>
        <translation>steps attend un nombre d&apos;époques ou &apos;all&apos;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (batch, epochs, lr, seed, points, noise, steps)</source>
        <translation>état inconnu &apos;%1&apos; (batch, epochs, lr, seed, points, noise, steps)</translation>
    </message>
    <message>
        <source>Stochastic (SGD, M = 1)</source>
        <translation>Stochastique (SGD, M = 1)</translation>
    </message>
    <message>
        <source>Mini-batch (MBGD, M = %1)</source>
        <translation>Par mini-lots (MBGD, M = %1)</translation>
    </message>
    <message>
        <source>Full batch (BGD, M = N = %1)</source>
        <translation>Classique (BGD, M = N = %1)</translation>
    </message>
    <message>
        <source>%1: diverged after %2 updates</source>
        <translation>%1 : divergence après %2 mises à jour</translation>
    </message>
    <message>
        <source>%1 updates, a = %2, b = %3, E = %4</source>
        <translation>%1 mises à jour, a = %2, b = %3, E = %4</translation>
    </message>
    <message>
        <source>(diverged: η is too large)</source>
        <translation>(divergence : η est trop grand)</translation>
    </message>
    <message>
        <source>Fitting ŷ = a x + b, three ways</source>
        <translation>Ajuster ŷ = a x + b de trois façons</translation>
    </message>
    <message>
        <source>The weights are w = (a, b). Observation j adds the error E&lt;sub&gt;j&lt;/sub&gt; = (a x&lt;sub&gt;j&lt;/sub&gt; + b − y&lt;sub&gt;j&lt;/sub&gt;)²; the contours show E(a, b), the mean over all N points. All three start from (%1, %2).</source>
        <translation>Les poids sont w = (a, b). L&apos;observation j ajoute l&apos;erreur E&lt;sub&gt;j&lt;/sub&gt; = (a x&lt;sub&gt;j&lt;/sub&gt; + b − y&lt;sub&gt;j&lt;/sub&gt;)² ; les lignes de niveau montrent E(a, b), la moyenne sur les N points. Les trois descentes partent de (%1, %2).</translation>
    </message>
    <message>
        <source>Batch gradient descent (BGD)</source>
        <translation>Descente de gradient classique (BGD)</translation>
    </message>
    <message>
        <source>one update per epoch, after all N observations: stable but slow</source>
        <translation>une mise à jour par époque, après les N observations : stable mais lente</translation>
    </message>
    <message>
        <source>Stochastic gradient descent (SGD)</source>
        <translation>Descente de gradient stochastique (SGD)</translation>
    </message>
    <message>
        <source>one update per observation: fast but it fluctuates</source>
        <translation>une mise à jour par observation : rapide mais fluctuante</translation>
    </message>
    <message>
        <source>Mini-batch gradient descent (MBGD)</source>
        <translation>Descente de gradient par mini-lots (MBGD)</translation>
    </message>
    <message>
        <source>one update per batch of M observations, K batches per epoch</source>
        <translation>une mise à jour par lot de M observations, K lots par époque</translation>
    </message>
    <message>
        <source>Neurone divides each sum by its number of observations (a mean), so one η suits every batch size. The observations are shuffled at each epoch.</source>
        <translation>Neurone divise chaque somme par son nombre d&apos;observations (une moyenne) : un même η convient donc à toutes les tailles de lot. Les observations sont mélangées à chaque époque.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Epoch&lt;/b&gt;: one pass over all N observations.&lt;br&gt;&lt;b&gt;Batch size&lt;/b&gt; M: the number of observations in one batch.&lt;br&gt;&lt;b&gt;Iteration&lt;/b&gt;: one batch, one update; K iterations complete an epoch.</source>
        <translation>&lt;b&gt;Époque&lt;/b&gt; : un passage sur l&apos;ensemble des N observations.&lt;br&gt;&lt;b&gt;Taille de lot&lt;/b&gt; M : le nombre d&apos;observations dans un lot.&lt;br&gt;&lt;b&gt;Itération&lt;/b&gt; : un lot, une mise à jour ; K itérations complètent une époque.</translation>
    </message>
    <message>
        <source>Now: N = %1, M = %2, so K = %3 iterations per epoch; %4 epochs give %5 updates (SGD: %6, BGD: %7).</source>
        <translation>Ici : N = %1, M = %2, donc K = %3 itérations par époque ; %4 époques donnent %5 mises à jour (SGD : %6, BGD : %7).</translation>
    </message>
    <message>
        <source>Each step reveals one more epoch of the three descents</source>
        <translation>Chaque pas dévoile une époque de plus des trois descentes</translation>
    </message>
    <message>
        <source>slope a</source>
        <translation>pente a</translation>
    </message>
    <message>
        <source>intercept b</source>
        <translation>ordonnée à l&apos;origine b</translation>
    </message>
    <message>
        <source>start (a₀, b₀)</source>
        <translation>départ (a₀, b₀)</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Data and descent</source>
        <translation>Données et descente</translation>
    </message>
    <message>
        <source>N, the number of observations (points)</source>
        <translation>N, le nombre d&apos;observations (points)</translation>
    </message>
    <message>
        <source>Standard deviation σ of the noise added to y = 2x + 0.5</source>
        <translation>Écart type σ du bruit ajouté à y = 2x + 0.5</translation>
    </message>
    <message>
        <source>Random seed of the points and of the shuffling at each epoch</source>
        <translation>Graine aléatoire des points et du mélange à chaque époque</translation>
    </message>
    <message>
        <source>M, the number of observations per mini-batch (1 = stochastic, N = full batch)</source>
        <translation>M, le nombre d&apos;observations par mini-lot (1 = stochastique, N = lot complet)</translation>
    </message>
    <message>
        <source>Number of passes over all N observations</source>
        <translation>Nombre de passages sur l&apos;ensemble des N observations</translation>
    </message>
    <message>
        <source>Learning rate η, on a logarithmic scale from 0.001 to 1</source>
        <translation>Taux d&apos;apprentissage η, sur une échelle logarithmique de 0.001 à 1</translation>
    </message>
    <message>
        <source>Points N</source>
        <translation>Points N</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Bruit σ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Mini-batch size M</source>
        <translation>Taille de mini-lot M</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Taux d&apos;apprentissage η</translation>
    </message>
    <message>
        <source>After %1 of %2 epochs:</source>
        <translation>Après %1 époques sur %2 :</translation>
    </message>
    <message>
        <source>lr expects a number in (0, %1], not &apos;%2&apos;</source>
        <translation>lr attend un nombre dans (0, %1], et non &apos;%2&apos;</translation>
    </message>
    <message>
        <source>SGD (M = 1)</source>
        <translation>SGD (M = 1)</translation>
    </message>
    <message>
        <source>MBGD (M = %1)</source>
        <translation>MBGD (M = %1)</translation>
    </message>
    <message>
        <source>BGD (M = N = %1)</source>
        <translation>BGD (M = N = %1)</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>époque %1 sur %2</translation>
    </message>
    <message>
        <source>Data and fitted lines
ŷ = a x + b</source>
        <translation>Données et droites ajustées
ŷ = a x + b</translation>
    </message>
</context>
<context>
    <name>CurveDescentView</name>
    <message>
        <source>Course: f(x) = (x − 0.75)²</source>
        <translation>Cours : f(x) = (x − 0.75)²</translation>
    </message>
    <message>
        <source>Local minimum: momentum escapes</source>
        <translation>Minimum local : le momentum s&apos;en échappe</translation>
    </message>
    <message>
        <source>No convergence: t = 1.5</source>
        <translation>Non-convergence : t = 1.5</translation>
    </message>
    <message>
        <source>Your own function</source>
        <translation>Votre propre fonction</translation>
    </message>
    <message>
        <source>Start from one of the course&apos;s examples, or type your own f(x)</source>
        <translation>Partez d&apos;un exemple du cours, ou saisissez votre propre f(x)</translation>
    </message>
    <message>
        <source>f(x) in the usual notation: + − * / ^, sin, cos, exp, log (ln), sqrt, abs, e.g. x^4 − 3*x^2 + x. Press Enter to apply.</source>
        <translation>f(x) en notation usuelle : + − * / ^, sin, cos, exp, log (ln), sqrt, abs, par ex. x^4 − 3*x^2 + x. Appuyez sur Entrée pour appliquer.</translation>
    </message>
    <message>
        <source>for example (x-0.75)^2</source>
        <translation>par exemple (x-0.75)^2</translation>
    </message>
    <message>
        <source>Start point x₀ (or click the curve)</source>
        <translation>Point de départ x₀ (ou cliquez sur la courbe)</translation>
    </message>
    <message>
        <source>Learning rate t: the step is t·f′(x)</source>
        <translation>Taux d&apos;apprentissage t : le pas vaut t·f′(x)</translation>
    </message>
    <message>
        <source>Momentum γ: the share of the previous step kept</source>
        <translation>Momentum γ : la part du pas précédent qui est conservée</translation>
    </message>
    <message>
        <source>Stop when |f′(x_k)| ≤ ε</source>
        <translation>Arrêt quand |f′(x_k)| ≤ ε</translation>
    </message>
    <message>
        <source>Stop after this many iterations</source>
        <translation>Arrêt après ce nombre d&apos;itérations</translation>
    </message>
    <message>
        <source>Minimum loss</source>
        <translation>Perte minimale</translation>
    </message>
    <message>
        <source>Also stop once f(x_k) is at most this value</source>
        <translation>Arrêter aussi dès que f(x_k) ne dépasse pas cette valeur</translation>
    </message>
    <message>
        <source>Stop once f(x_k) ≤ this value</source>
        <translation>Arrêt dès que f(x_k) ≤ cette valeur</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>f(x) =</source>
        <translation>f(x) =</translation>
    </message>
    <message>
        <source>Start x₀</source>
        <translation>Départ x₀</translation>
    </message>
    <message>
        <source>Learning rate t</source>
        <translation>Taux d&apos;apprentissage t</translation>
    </message>
    <message>
        <source>Momentum γ</source>
        <translation>Momentum γ</translation>
    </message>
    <message>
        <source>Stop when</source>
        <translation>Arrêt quand</translation>
    </message>
    <message>
        <source>|f′(x)| ≤ ε</source>
        <translation>|f′(x)| ≤ ε</translation>
    </message>
    <message>
        <source>iterations =</source>
        <translation>itérations =</translation>
    </message>
    <message>
        <source>Cannot read f(x) = %1: %2</source>
        <translation>Impossible de lire f(x) = %1 : %2</translation>
    </message>
    <message>
        <source>The learning rate must be greater than 0 and at most %1; %2 was refused.</source>
        <translation>Le taux d&apos;apprentissage doit être strictement positif et au plus égal à %1 ; %2 a été refusé.</translation>
    </message>
    <message>
        <source>f(x) = %1 is not defined at x₀ = %2 (not a number there). Pick another start point.</source>
        <translation>f(x) = %1 n&apos;est pas définie en x₀ = %2 (ce n&apos;est pas un nombre). Choisissez un autre point de départ.</translation>
    </message>
    <message>
        <source>Without momentum</source>
        <translation>Sans momentum</translation>
    </message>
    <message>
        <source>With momentum (γ = %1)</source>
        <translation>Avec momentum (γ = %1)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gradient descent&lt;/h3&gt;&lt;p&gt;Until a stopping condition holds:&lt;br/&gt;&lt;b&gt;x&lt;sub&gt;k+1&lt;/sub&gt; = x&lt;sub&gt;k&lt;/sub&gt; − t·f′(x&lt;sub&gt;k&lt;/sub&gt;)&lt;/b&gt;&lt;/p&gt;&lt;h3&gt;With momentum&lt;/h3&gt;&lt;p&gt;ω&lt;sub&gt;0&lt;/sub&gt; = 0, then&lt;br/&gt;&lt;b&gt;ω&lt;sub&gt;k+1&lt;/sub&gt; = γ·ω&lt;sub&gt;k&lt;/sub&gt; + t·f′(x&lt;sub&gt;k&lt;/sub&gt;)&lt;/b&gt;&lt;br/&gt;&lt;b&gt;x&lt;sub&gt;k+1&lt;/sub&gt; = x&lt;sub&gt;k&lt;/sub&gt; − ω&lt;sub&gt;k+1&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Here t = %1, γ = %2, x&lt;sub&gt;0&lt;/sub&gt; = %3.&lt;/p&gt;&lt;h3&gt;Stopping&lt;/h3&gt;&lt;p&gt;The first of: |f′(x&lt;sub&gt;k&lt;/sub&gt;)| ≤ ε = %4; k = %5 iterations; f(x&lt;sub&gt;k&lt;/sub&gt;) below the minimum loss (if set).&lt;/p&gt;&lt;p&gt;A step that makes x run off to infinity means the learning rate is too large: the descent &lt;i&gt;diverges&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Descente de gradient&lt;/h3&gt;&lt;p&gt;Jusqu&apos;à ce qu&apos;une condition d&apos;arrêt soit remplie :&lt;br/&gt;&lt;b&gt;x&lt;sub&gt;k+1&lt;/sub&gt; = x&lt;sub&gt;k&lt;/sub&gt; − t·f′(x&lt;sub&gt;k&lt;/sub&gt;)&lt;/b&gt;&lt;/p&gt;&lt;h3&gt;Avec momentum&lt;/h3&gt;&lt;p&gt;ω&lt;sub&gt;0&lt;/sub&gt; = 0, puis&lt;br/&gt;&lt;b&gt;ω&lt;sub&gt;k+1&lt;/sub&gt; = γ·ω&lt;sub&gt;k&lt;/sub&gt; + t·f′(x&lt;sub&gt;k&lt;/sub&gt;)&lt;/b&gt;&lt;br/&gt;&lt;b&gt;x&lt;sub&gt;k+1&lt;/sub&gt; = x&lt;sub&gt;k&lt;/sub&gt; − ω&lt;sub&gt;k+1&lt;/sub&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ici t = %1, γ = %2, x&lt;sub&gt;0&lt;/sub&gt; = %3.&lt;/p&gt;&lt;h3&gt;Arrêt&lt;/h3&gt;&lt;p&gt;La première atteinte des conditions : |f′(x&lt;sub&gt;k&lt;/sub&gt;)| ≤ ε = %4 ; k = %5 itérations ; f(x&lt;sub&gt;k&lt;/sub&gt;) sous la perte minimale (si elle est fixée).&lt;/p&gt;&lt;p&gt;Un pas qui envoie x vers l&apos;infini signifie que le taux d&apos;apprentissage est trop grand : la descente &lt;i&gt;diverge&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos;</source>
        <translation>préréglage inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (preset, function, x0, lr, gamma, eps, steps)</source>
        <translation>état inconnu &apos;%1&apos; (preset, function, x0, lr, gamma, eps, steps)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>Descente</translation>
    </message>
</context>
<context>
    <name>DescentColumn</name>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>Click the curve to start from there; drag to pan, wheel to zoom</source>
        <translation>Cliquez sur la courbe pour partir de ce point ; faites glisser pour déplacer, molette pour zoomer</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>iterates</source>
        <translation>itérés</translation>
    </message>
    <message>
        <source>current</source>
        <translation>point courant</translation>
    </message>
    <message>
        <source>The step table: k, x_k, f(x_k), the derivative and the step ω_k = x_(k−1) − x_k</source>
        <translation>Le tableau des pas : k, x_k, f(x_k), la dérivée et le pas ω_k = x_(k−1) − x_k</translation>
    </message>
    <message>
        <source>Converged after %1 steps at x = %2</source>
        <translation>Convergence après %1 pas en x = %2</translation>
    </message>
    <message>
        <source>Reached the minimum loss after %1 steps at x = %2</source>
        <translation>Perte minimale atteinte après %1 pas en x = %2</translation>
    </message>
    <message>
        <source>Diverged after %1 steps: the iterates run away. Lower the learning rate.</source>
        <translation>Divergence après %1 pas : les itérés s&apos;échappent. Diminuez le taux d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>Stopped after %1 steps (maximum iterations) at x = %2</source>
        <translation>Arrêt après %1 pas (nombre maximal d&apos;itérations) en x = %2</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>Curve f(x)</source>
        <translation>Courbe f(x)</translation>
    </message>
    <message>
        <source>Descent on a curve, without and with momentum, step by step</source>
        <translation>Descente sur une courbe, sans et avec momentum, pas à pas</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Descente de gradient</translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos; (curve, surface, batch)</source>
        <translation>page inconnue &apos;%1&apos; (curve, surface, batch)</translation>
    </message>
    <message>
        <source>Surface f(x, y)</source>
        <translation>Surface f(x, y)</translation>
    </message>
    <message>
        <source>Six optimisers raced on a contour map; drag the start point</source>
        <translation>Six optimiseurs en course sur une carte de lignes de niveau ; faites glisser le point de départ</translation>
    </message>
    <message>
        <source>Stochastic vs batch</source>
        <translation>Stochastique ou par lots</translation>
    </message>
    <message>
        <source>Stochastic, mini-batch and full-batch descent on a noisy linear regression</source>
        <translation>Descente stochastique, par mini-lots et classique (lot complet) sur une régression linéaire bruitée</translation>
    </message>
</context>
<context>
    <name>DescentTableModel</name>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>xₖ</source>
        <translation>xₖ</translation>
    </message>
    <message>
        <source>f(xₖ)</source>
        <translation>f(xₖ)</translation>
    </message>
    <message>
        <source>f′(xₖ)</source>
        <translation>f′(xₖ)</translation>
    </message>
    <message>
        <source>ωₖ</source>
        <translation>ωₖ</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>There is no plot to export here.</source>
        <translation>Il n&apos;y a aucun graphique à exporter ici.</translation>
    </message>
    <message>
        <source>Cannot render the plot as PNG.</source>
        <translation>Impossible de rendre le graphique en PNG.</translation>
    </message>
    <message>
        <source>Unknown plot format &apos;%1&apos;: use .png, .pdf or .svg</source>
        <translation>Format de graphique inconnu &apos;%1&apos; : utilisez .png, .pdf ou .svg</translation>
    </message>
    <message>
        <source>There is no table to export here.</source>
        <translation>Il n&apos;y a aucun tableau à exporter ici.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Neurone</source>
        <translation>Neurone</translation>
    </message>
    <message>
        <source>The lessons, in the course&apos;s order (Ctrl+1 … Ctrl+5)</source>
        <translation>Les leçons, dans l&apos;ordre du cours (Ctrl+1 … Ctrl+5)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export &amp;plot (PNG, PDF, SVG)…</source>
        <translation>Exporter le &amp;graphique (PNG, PDF, SVG)…</translation>
    </message>
    <message>
        <source>Export &amp;table as CSV…</source>
        <translation>Exporter le &amp;tableau en CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Mode &amp;projecteur</translation>
    </message>
    <message>
        <source>Larger fonts and thicker lines, for the back of the room</source>
        <translation>Polices plus grandes et traits plus épais, pour le fond de la salle</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Neurone</source>
        <translation>À &amp;propos de Neurone</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to a lesson&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step one iteration&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; / &lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run / pause the animation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset to the start point&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;projector mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dark theme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the plot (PNG, PDF, SVG)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the table (CSV)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;aller à une leçon&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;avancer d&apos;une itération&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; / &lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;lancer / mettre en pause l&apos;animation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;revenir au point de départ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mode projecteur&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;thème sombre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;exporter le graphique (PNG, PDF, SVG)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;exporter le tableau (CSV)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quitter&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About Neurone</source>
        <translation>À propos de Neurone</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neurone %1&lt;/h3&gt;&lt;p&gt;A lab for teaching neural networks: gradient descent, the perceptron, convolution, training and spoken keywords, step by step and exact.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Plots by QCustomPlot, linear algebra by Eigen, formulas by muparser.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Neurone %1&lt;/h3&gt;&lt;p&gt;Un laboratoire pour enseigner les réseaux de neurones : descente de gradient, perceptron, convolution, entraînement et mots-clés parlés, pas à pas et avec des calculs exacts.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence GNU GPL, version 3 ou ultérieure. Graphiques par QCustomPlot, algèbre linéaire par Eigen, formules par muparser.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>PlaybackControls</name>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Pas</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>La&amp;ncer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Réinitialise&amp;r</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>F&amp;in</translation>
    </message>
    <message>
        <source>One iteration (F10)</source>
        <translation>Une itération (F10)</translation>
    </message>
    <message>
        <source>Animate the iterations (F5)</source>
        <translation>Animer les itérations (F5)</translation>
    </message>
    <message>
        <source>Stop the animation (F6)</source>
        <translation>Arrêter l&apos;animation (F6)</translation>
    </message>
    <message>
        <source>Back to the start point (Ctrl+R)</source>
        <translation>Retour au point de départ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Show every iteration at once</source>
        <translation>Afficher toutes les itérations d&apos;un coup</translation>
    </message>
    <message>
        <source>Animation speed, in iterations per second</source>
        <translation>Vitesse de l&apos;animation, en itérations par seconde</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>itération %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SurfaceDescentView</name>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>f(x, y)</source>
        <translation>f(x, y)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Cannot read this formula: %1. The previous function is kept.</source>
        <translation>Impossible de lire cette formule : %1. La fonction précédente est conservée.</translation>
    </message>
    <message>
        <source>f or its gradient is not a number at the start point (%1, %2). The previous function is kept.</source>
        <translation>f ou son gradient n&apos;est pas un nombre au point de départ (%1, %2). La fonction précédente est conservée.</translation>
    </message>
    <message>
        <source>f or its gradient is not a number at (%1, %2): the start point stays where it was.</source>
        <translation>f ou son gradient n&apos;est pas un nombre en (%1, %2) : le point de départ reste où il était.</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (ill-conditioned, rosenbrock, two-minima)</source>
        <translation>préréglage inconnu &apos;%1&apos; (ill-conditioned, rosenbrock, two-minima)</translation>
    </message>
    <message>
        <source>start expects two numbers &apos;x,y&apos;, not &apos;%1&apos;</source>
        <translation>start attend deux nombres &apos;x,y&apos;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>gamma expects a number in [0, 1), not &apos;%1&apos;</source>
        <translation>gamma attend un nombre dans [0, 1), et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>steps expects a number of iterations or &apos;all&apos;, not &apos;%1&apos;</source>
        <translation>steps attend un nombre d&apos;itérations ou &apos;all&apos;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (preset, formula, start, lr, gamma, optimizers, steps)</source>
        <translation>état inconnu &apos;%1&apos; (preset, formula, start, lr, gamma, optimizers, steps)</translation>
    </message>
    <message>
        <source>unknown optimizer &apos;%1&apos; (gd, momentum, nesterov, adagrad, rmsprop, adam)</source>
        <translation>optimiseur inconnu &apos;%1&apos; (gd, momentum, nesterov, adagrad, rmsprop, adam)</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>Descente de gradient</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Ill-conditioned quadratic x² + 10y²</source>
        <translation>Quadratique mal conditionnée x² + 10y²</translation>
    </message>
    <message>
        <source>Rosenbrock&apos;s banana valley</source>
        <translation>Vallée en banane de Rosenbrock</translation>
    </message>
    <message>
        <source>Two minima (local and global)</source>
        <translation>Deux minima (local et global)</translation>
    </message>
    <message>
        <source>converged (‖∇f‖ ≤ ε)</source>
        <translation>convergence (‖∇f‖ ≤ ε)</translation>
    </message>
    <message>
        <source>reached the minimum loss</source>
        <translation>perte minimale atteinte</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergence</translation>
    </message>
    <message>
        <source>stopped at the iteration limit</source>
        <translation>arrêt à la limite d&apos;itérations</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 pas</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 pas</translation>
    </message>
    <message>
        <source>%1: diverged after %2</source>
        <translation>%1 : divergence après %2</translation>
    </message>
    <message>
        <source>diverged after %1</source>
        <translation>divergence après %1</translation>
    </message>
    <message>
        <source>%1, f = %2 at (%3, %4), %5</source>
        <translation>%1, f = %2 en (%3, %4), %5</translation>
    </message>
    <message>
        <source>x ← x − t∇f(x)</source>
        <translation>x ← x − t∇f(x)</translation>
    </message>
    <message>
        <source>ω ← γω + t∇f(x)&lt;br&gt;x ← x − ω  (ω₀ = 0)</source>
        <translation>ω ← γω + t∇f(x)&lt;br&gt;x ← x − ω  (ω₀ = 0)</translation>
    </message>
    <message>
        <source>ω ← γω + t∇f(x − γω)&lt;br&gt;x ← x − ω&lt;br&gt;&lt;i&gt;the gradient is taken where the momentum is carrying x&lt;/i&gt;</source>
        <translation>ω ← γω + t∇f(x − γω)&lt;br&gt;x ← x − ω&lt;br&gt;&lt;i&gt;le gradient est pris là où le momentum emporte x&lt;/i&gt;</translation>
    </message>
    <message>
        <source>G ← G + ∇f(x)²&lt;br&gt;x ← x − t∇f(x) / (√G + %1)</source>
        <translation>G ← G + ∇f(x)²&lt;br&gt;x ← x − t∇f(x) / (√G + %1)</translation>
    </message>
    <message>
        <source>E ← ρE + (1 − ρ)∇f(x)²,  ρ = %1&lt;br&gt;x ← x − t∇f(x) / (√E + %2)</source>
        <translation>E ← ρE + (1 − ρ)∇f(x)²,  ρ = %1&lt;br&gt;x ← x − t∇f(x) / (√E + %2)</translation>
    </message>
    <message>
        <source>m ← β₁m + (1 − β₁)∇f(x),  v ← β₂v + (1 − β₂)∇f(x)²&lt;br&gt;M = m / (1 − β₁ᵏ),  V = v / (1 − β₂ᵏ)  (k: iteration)&lt;br&gt;x ← x − t M / (√V + %1)&lt;br&gt;β₁ = %2, β₂ = %3</source>
        <translation>m ← β₁m + (1 − β₁)∇f(x),  v ← β₂v + (1 − β₂)∇f(x)²&lt;br&gt;M = m / (1 − β₁ᵏ),  V = v / (1 − β₂ᵏ)  (k : itération)&lt;br&gt;x ← x − t M / (√V + %1)&lt;br&gt;β₁ = %2, β₂ = %3</translation>
    </message>
    <message>
        <source>How each optimizer moves x = (x, y)</source>
        <translation>Comment chaque optimiseur déplace x = (x, y)</translation>
    </message>
    <message>
        <source>From x₀ = (%1, %2), with learning rate t = %3 and γ = %4. Squares, roots and divisions act on each coordinate. Every optimizer stops when ‖∇f(x)‖ ≤ ε = %5 or after %6 iterations.</source>
        <translation>Depuis x₀ = (%1, %2), avec un taux d&apos;apprentissage t = %3 et γ = %4. Les carrés, racines et divisions s&apos;appliquent à chaque coordonnée. Chaque optimiseur s&apos;arrête quand ‖∇f(x)‖ ≤ ε = %5 ou après %6 itérations.</translation>
    </message>
    <message>
        <source>Press and drag on the map to move the start point x₀</source>
        <translation>Cliquez et faites glisser sur la carte pour déplacer le point de départ x₀</translation>
    </message>
    <message>
        <source>start x₀ (drag it)</source>
        <translation>départ x₀ (à faire glisser)</translation>
    </message>
    <message>
        <source>Function f(x, y)</source>
        <translation>Fonction f(x, y)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>A surface from the course, or your own formula</source>
        <translation>Une surface du cours, ou votre propre formule</translation>
    </message>
    <message>
        <source>Optimizers in the race</source>
        <translation>Optimiseurs en course</translation>
    </message>
    <message>
        <source>Show the path of %1 on the map</source>
        <translation>Afficher le trajet de %1 sur la carte</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Learning rate t, on a logarithmic scale from 0.0001 to 1</source>
        <translation>Taux d&apos;apprentissage t, sur une échelle logarithmique de 0.0001 à 1</translation>
    </message>
    <message>
        <source>Momentum γ (0 to 0.99), used by momentum and Nesterov</source>
        <translation>Momentum γ (de 0 à 0.99), utilisé par momentum et Nesterov</translation>
    </message>
    <message>
        <source>Each optimizer stops after this many iterations at most</source>
        <translation>Chaque optimiseur s&apos;arrête après au plus ce nombre d&apos;itérations</translation>
    </message>
    <message>
        <source>Learning rate t</source>
        <translation>Taux d&apos;apprentissage t</translation>
    </message>
    <message>
        <source>Momentum γ</source>
        <translation>Momentum γ</translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation>Itérations max.</translation>
    </message>
    <message>
        <source>lr expects a number in (0, %1], not &apos;%2&apos;</source>
        <translation>lr attend un nombre dans (0, %1], et non &apos;%2&apos;</translation>
    </message>
    <message>
        <source>f(x, y) in muparser syntax, applied with Enter, e.g. x^2 + 10*y^2
Operators: + − * / ^ (power), parentheses, comparisons and ?: (if-then-else)
Functions: sin cos tan asin acos atan sinh cosh tanh exp ln log10 log2 sqrt abs sign min max sum avg
Constants: _pi _e
The map keeps the current x and y ranges.</source>
        <translation>f(x, y) en syntaxe muparser, appliquée avec Entrée, par ex. x^2 + 10*y^2
Opérateurs : + − * / ^ (puissance), parenthèses, comparaisons et ?: (si-alors-sinon)
Fonctions : sin cos tan asin acos atan sinh cosh tanh exp ln log10 log2 sqrt abs sign min max sum avg
Constantes : _pi _e
La carte conserve les intervalles actuels de x et de y.</translation>
    </message>
</context>
</TS>
