<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About annstudio</source>
            <translation>About annstudio</translation>
        </message>
        <message>
            <source>A visual trainer for artificial neural networks.&lt;br&gt;&lt;br&gt;Build a layer stack, choose a dataset and a backend — a from-scratch NumPy implementation or TensorFlow/Keras — and watch the network learn: loss curves, decision regions and activations, live. Models are saved as Keras-compatible .h5 files.&lt;br&gt;&lt;br&gt;Made for learners of the Korean deep-learning course; the interface speaks Korean and English.</source>
            <translation>A visual trainer for artificial neural networks.&lt;br&gt;&lt;br&gt;Build a layer stack, choose a dataset and a backend — a from-scratch NumPy implementation or TensorFlow/Keras — and watch the network learn: loss curves, decision regions and activations, live. Models are saved as Keras-compatible .h5 files.&lt;br&gt;&lt;br&gt;Made for learners of the Korean deep-learning course; the interface speaks Korean and English.</translation>
        </message>
    </context>
    <context>
        <name>ActivationView</name>
        <message>
            <source>Tick the functions to draw. Bold: used in this model.</source>
            <extracomment>the z grid of the function plot: 601 points, 0 among them (step and sign jump there)</extracomment>
            <translation>Tick the functions to draw. Bold: used in this model.</translation>
        </message>
        <message>
            <source>solid: f(z)    dashed: f′(z)    bold: used in this model</source>
            <translation>solid: f(z)    dashed: f′(z)    bold: used in this model</translation>
        </message>
        <message>
            <source>&lt;b&gt;During training&lt;/b&gt;: the values z = x·W + b that each layer's activation function receives, on a fixed sample of training inputs</source>
            <translation>&lt;b&gt;During training&lt;/b&gt;: the values z = x·W + b that each layer's activation function receives, on a fixed sample of training inputs</translation>
        </message>
        <message>
            <source>Train the model to see each layer's values here.</source>
            <translation>Train the model to see each layer's values here.</translation>
        </message>
        <message>
            <source>Vanishing gradients: backpropagation multiplies the gradient by f′(z) at every layer. &lt;b&gt;Saturated&lt;/b&gt; (sigmoid, tanh): f′(z) &amp;lt; {0}, that is |z| &amp;gt; {1} for sigmoid and |z| &amp;gt; {2} for tanh; less than 1% of the gradient gets through, and through several saturated layers almost nothing. &lt;b&gt;Dead&lt;/b&gt; (ReLU): the unit outputs 0 for every sample shown, so its weights get no gradient at all. This is why ReLU replaced sigmoid in deep networks. A sigmoid &lt;b&gt;output&lt;/b&gt; trained with binary cross-entropy is the exception: the loss's gradient with respect to its z is p − y, whatever z is, so its saturation means confident predictions, not a lost gradient.</source>
            <translation>Vanishing gradients: backpropagation multiplies the gradient by f′(z) at every layer. &lt;b&gt;Saturated&lt;/b&gt; (sigmoid, tanh): f′(z) &amp;lt; {0}, that is |z| &amp;gt; {1} for sigmoid and |z| &amp;gt; {2} for tanh; less than 1% of the gradient gets through, and through several saturated layers almost nothing. &lt;b&gt;Dead&lt;/b&gt; (ReLU): the unit outputs 0 for every sample shown, so its weights get no gradient at all. This is why ReLU replaced sigmoid in deep networks. A sigmoid &lt;b&gt;output&lt;/b&gt; trained with binary cross-entropy is the exception: the loss's gradient with respect to its z is p − y, whatever z is, so its saturation means confident predictions, not a lost gradient.</translation>
        </message>
        <message>
            <source>{0}  (in this model)</source>
            <translation>{0}  (in this model)</translation>
        </message>
        <message>
            <source>Used by: {0}</source>
            <translation>Used by: {0}</translation>
        </message>
        <message>
            <source>Softmax is not elementwise; drawn for two classes, (z, 0), where it equals sigmoid(z): a wide band under the other curves.</source>
            <translation>Softmax is not elementwise; drawn for two classes, (z, 0), where it equals sigmoid(z): a wide band under the other curves.</translation>
        </message>
        <message>
            <source>saturated {0} (harmless at the output)</source>
            <translation>saturated {0} (harmless at the output)</translation>
        </message>
        <message>
            <source>saturated {0}</source>
            <translation>saturated {0}</translation>
        </message>
        <message>
            <source>dead {0} of {1} units</source>
            <translation>dead {0} of {1} units</translation>
        </message>
    </context>
    <context>
        <name>Autosaver</name>
        <message>
            <source>Autosave failed: {0}</source>
            <translation>Autosave failed: {0}</translation>
        </message>
    </context>
    <context>
        <name>BackendPicker</name>
        <message>
            <source>Where training runs: the from-scratch NumPy code, or TensorFlow on a CPU or GPU</source>
            <translation>Where training runs: the from-scratch NumPy code, or TensorFlow on a CPU or GPU</translation>
        </message>
        <message>
            <source>NumPy (from scratch)</source>
            <translation>NumPy (from scratch)</translation>
        </message>
        <message>
            <source>The from-scratch NumPy implementation: every step can be read in the code</source>
            <translation>The from-scratch NumPy implementation: every step can be read in the code</translation>
        </message>
        <message>
            <source>TensorFlow — CPU</source>
            <translation>TensorFlow — CPU</translation>
        </message>
        <message>
            <source>checking devices…</source>
            <translation>checking devices…</translation>
        </message>
        <message>
            <source>TensorFlow — GPU (checking…)</source>
            <translation>TensorFlow — GPU (checking…)</translation>
        </message>
        <message>
            <source>This build has no TensorFlow (the full desktop bundle has it)</source>
            <translation>This build has no TensorFlow (the full desktop bundle has it)</translation>
        </message>
        <message>
            <source>TensorFlow — GPU</source>
            <translation>TensorFlow — GPU</translation>
        </message>
        <message>
            <source>TensorFlow could not start: {0}</source>
            <translation>TensorFlow could not start: {0}</translation>
        </message>
        <message>
            <source>the host CPU</source>
            <translation>the host CPU</translation>
        </message>
        <message>
            <source>TensorFlow — {0}</source>
            <translation>TensorFlow — {0}</translation>
        </message>
        <message>
            <source>No GPU found</source>
            <translation>No GPU found</translation>
        </message>
    </context>
    <context>
        <name>BackpropLab</name>
        <message>
            <source>Your own expression</source>
            <translation>Your own expression</translation>
        </message>
        <message>
            <source>A single neuron with its loss</source>
            <translation>A single neuron with its loss</translation>
        </message>
        <message>
            <source>Forward step</source>
            <translation>Forward step</translation>
        </message>
        <message>
            <source>Compute the next node's value (Ctrl+Right)</source>
            <translation>Compute the next node's value (Ctrl+Right)</translation>
        </message>
        <message>
            <source>Backward step</source>
            <translation>Backward step</translation>
        </message>
        <message>
            <source>Send the gradient back through the next node (Ctrl+Left)</source>
            <translation>Send the gradient back through the next node (Ctrl+Left)</translation>
        </message>
        <message>
            <source>Run all</source>
            <translation>Run all</translation>
        </message>
        <message>
            <source>Both passes at once</source>
            <translation>Both passes at once</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Hide the computed values and gradients again</source>
            <translation>Hide the computed values and gradients again</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo the last change of an input (Ctrl+Z)</source>
            <translation>Undo the last change of an input (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Redo the change of an input (Ctrl+Shift+Z)</source>
            <translation>Redo the change of an input (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>&amp;Graph:</source>
            <translation>&amp;Graph:</translation>
        </message>
        <message>
            <source>e.g. (x + y) × z, sigmoid(w·x + b), x^2 + log(y)</source>
            <translation>e.g. (x + y) × z, sigmoid(w·x + b), x^2 + log(y)</translation>
        </message>
        <message>
            <source>Numbers, names, + − × ÷ (or * /), powers (^ or **) with a number as exponent, exp, log, sigmoid, tanh, relu. Press Enter to draw.</source>
            <translation>Numbers, names, + − × ÷ (or * /), powers (^ or **) with a number as exponent, exp, log, sigmoid, tanh, relu. Press Enter to draw.</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>Draw</translation>
        </message>
        <message>
            <source>Read the expression and draw its graph</source>
            <translation>Read the expression and draw its graph</translation>
        </message>
        <message>
            <source>&amp;Expression:</source>
            <translation>&amp;Expression:</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>Input</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Backprop</source>
            <translation>Backprop</translation>
        </message>
        <message>
            <source>Numerical</source>
            <translation>Numerical</translation>
        </message>
        <message>
            <source>Each input's gradient from the backward pass beside its estimate by central differences, (f(x + h) − f(x − h)) / 2h with h = 1e-6.</source>
            <translation>Each input's gradient from the backward pass beside its estimate by central differences, (f(x + h) − f(x − h)) / 2h with h = 1e-6.</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Next question</translation>
        </message>
        <message>
            <source>Ask about another input</source>
            <translation>Ask about another input</translation>
        </message>
        <message>
            <source>Gradients: backprop and numerical estimate</source>
            <translation>Gradients: backprop and numerical estimate</translation>
        </message>
        <message>
            <source>Set {0} to {1}</source>
            <translation>Set {0} to {1}</translation>
        </message>
        <message>
            <source>Apply the update</source>
            <translation>Apply the update</translation>
        </message>
        <message>
            <source>Finish the backward pass to see the update.</source>
            <translation>Finish the backward pass to see the update.</translation>
        </message>
        <message>
            <source>{0}: the input of ReLU is exactly 0, where ReLU has no derivative (a corner). Backpropagation takes its slope there as 0, as Keras does; the numerical estimate averages the slopes on both sides (0 and 1), so the two columns can differ here.</source>
            <translation>{0}: the input of ReLU is exactly 0, where ReLU has no derivative (a corner). Backpropagation takes its slope there as 0, as Keras does; the numerical estimate averages the slopes on both sides (0 and 1), so the two columns can differ here.</translation>
        </message>
    </context>
    <context>
        <name>CallbackGroups</name>
        <message>
            <source>Early stopping</source>
            <extracomment>folders the user picked with the "…" buttons of the groups that write files (see ``_chose``)</extracomment>
            <translation>Early stopping</translation>
        </message>
        <message>
            <source>Stop when the monitored value has not improved for a number of epochs</source>
            <translation>Stop when the monitored value has not improved for a number of epochs</translation>
        </message>
        <message>
            <source>Watch</source>
            <translation>Watch</translation>
        </message>
        <message>
            <source>Patience</source>
            <translation>Patience</translation>
        </message>
        <message>
            <source> epochs</source>
            <translation> epochs</translation>
        </message>
        <message>
            <source>Restore the best weights at the end</source>
            <translation>Restore the best weights at the end</translation>
        </message>
        <message>
            <source>Early stopping on/off</source>
            <translation>Early stopping on/off</translation>
        </message>
        <message>
            <source>Change early stopping: watch</source>
            <translation>Change early stopping: watch</translation>
        </message>
        <message>
            <source>Change early stopping: patience</source>
            <translation>Change early stopping: patience</translation>
        </message>
        <message>
            <source>Change early stopping: restore best weights</source>
            <translation>Change early stopping: restore best weights</translation>
        </message>
        <message>
            <source>When the watched value has not improved for a number of epochs, multiply the learning rate by a factor (the Learning rate field is where it starts)</source>
            <translation>When the watched value has not improved for a number of epochs, multiply the learning rate by a factor (the Learning rate field is where it starts)</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <source>factor: the learning rate is multiplied by this, between 0 and 1</source>
            <translation>factor: the learning rate is multiplied by this, between 0 and 1</translation>
        </message>
        <message>
            <source>patience: epochs without improvement before the rate is lowered</source>
            <translation>patience: epochs without improvement before the rate is lowered</translation>
        </message>
        <message>
            <source>Lowest learning rate</source>
            <translation>Lowest learning rate</translation>
        </message>
        <message>
            <source>min_lr: the learning rate is never lowered below this</source>
            <translation>min_lr: the learning rate is never lowered below this</translation>
        </message>
        <message>
            <source>Lower the learning rate on a plateau on/off</source>
            <translation>Lower the learning rate on a plateau on/off</translation>
        </message>
        <message>
            <source>Change learning rate on a plateau: watch</source>
            <translation>Change learning rate on a plateau: watch</translation>
        </message>
        <message>
            <source>Change learning rate on a plateau: factor</source>
            <translation>Change learning rate on a plateau: factor</translation>
        </message>
        <message>
            <source>Change learning rate on a plateau: patience</source>
            <translation>Change learning rate on a plateau: patience</translation>
        </message>
        <message>
            <source>Change learning rate on a plateau: lowest rate</source>
            <translation>Change learning rate on a plateau: lowest rate</translation>
        </message>
        <message>
            <source>Write the loss and the metrics of every epoch as a row of this CSV file; relative paths start at the project's folder</source>
            <translation>Write the loss and the metrics of every epoch as a row of this CSV file; relative paths start at the project's folder</translation>
        </message>
        <message>
            <source>CSV log on/off</source>
            <translation>CSV log on/off</translation>
        </message>
        <message>
            <source>Change CSV log file</source>
            <translation>Change CSV log file</translation>
        </message>
        <message>
            <source>Lower the rate on a plateau (ReduceLROnPlateau)</source>
            <translation>Lower the rate on a plateau (ReduceLROnPlateau)</translation>
        </message>
        <message>
            <source>CSV log of the epochs (CSVLogger)</source>
            <translation>CSV log of the epochs (CSVLogger)</translation>
        </message>
        <message>
            <source>Append to the file</source>
            <translation>Append to the file</translation>
        </message>
        <message>
            <source>append: keep the rows of earlier runs and add this run's after them</source>
            <translation>append: keep the rows of earlier runs and add this run's after them</translation>
        </message>
        <message>
            <source>Change CSV log: append</source>
            <translation>Change CSV log: append</translation>
        </message>
        <message>
            <source>Save checkpoints (ModelCheckpoint)</source>
            <translation>Save checkpoints (ModelCheckpoint)</translation>
        </message>
        <message>
            <source>Write the model to this .h5 file after every epoch; relative paths start at the project's folder</source>
            <translation>Write the model to this .h5 file after every epoch; relative paths start at the project's folder</translation>
        </message>
        <message>
            <source>Checkpoints on/off</source>
            <translation>Checkpoints on/off</translation>
        </message>
        <message>
            <source>Change checkpoint file</source>
            <translation>Change checkpoint file</translation>
        </message>
        <message>
            <source>Only when the watched value improves</source>
            <translation>Only when the watched value improves</translation>
        </message>
        <message>
            <source>save_best_only: write the file only in epochs where the watched value is the best so far</source>
            <translation>save_best_only: write the file only in epochs where the watched value is the best so far</translation>
        </message>
        <message>
            <source>monitor: the value that decides which epoch is the best</source>
            <translation>monitor: the value that decides which epoch is the best</translation>
        </message>
        <message>
            <source>Change checkpoints: only when it improves</source>
            <translation>Change checkpoints: only when it improves</translation>
        </message>
        <message>
            <source>Change checkpoints: watch</source>
            <translation>Change checkpoints: watch</translation>
        </message>
        <message>
            <source>TensorBoard logs</source>
            <translation>TensorBoard logs</translation>
        </message>
        <message>
            <source>Write TensorBoard logs to this folder (%Y, %m, %d, %H, %M, %S are replaced by the start time)</source>
            <translation>Write TensorBoard logs to this folder (%Y, %m, %d, %H, %M, %S are replaced by the start time)</translation>
        </message>
        <message>
            <source>TensorBoard logs on/off</source>
            <translation>TensorBoard logs on/off</translation>
        </message>
        <message>
            <source>Change TensorBoard folder</source>
            <translation>Change TensorBoard folder</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Saved in: {0} — outside the project's folder: Play refuses it unless you choose it with the “…” button</source>
            <translation>Saved in: {0} — outside the project's folder: Play refuses it unless you choose it with the “…” button</translation>
        </message>
        <message>
            <source>Play refuses it: {0}</source>
            <translation>Play refuses it: {0}</translation>
        </message>
        <message>
            <source>Saved in: {0}</source>
            <translation>Saved in: {0}</translation>
        </message>
        <message>
            <source>Save checkpoints to</source>
            <translation>Save checkpoints to</translation>
        </message>
        <message>
            <source>Keras HDF5 model (*.h5)</source>
            <translation>Keras HDF5 model (*.h5)</translation>
        </message>
        <message>
            <source>Log the epochs to</source>
            <translation>Log the epochs to</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>TensorBoard log folder</source>
            <translation>TensorBoard log folder</translation>
        </message>
    </context>
    <context>
        <name>ChainPage</name>
        <message>
            <source>Add a sample (row of X)</source>
            <extracomment>cells a question hides, (key, row, col): hovering them does not give the answer away what the page shows, in words; the lab places it above the page's scroll area (so it wraps)</extracomment>
            <translation>Add a sample (row of X)</translation>
        </message>
        <message>
            <source>Remove the last row</source>
            <translation>Remove the last row</translation>
        </message>
        <message>
            <source>The activation function f of this layer: Z = f(A)</source>
            <translation>The activation function f of this layer: Z = f(A)</translation>
        </message>
        <message>
            <source>f:</source>
            <translation>f:</translation>
        </message>
        <message>
            <source>add a row to X</source>
            <translation>add a row to X</translation>
        </message>
        <message>
            <source>remove a row of X</source>
            <translation>remove a row of X</translation>
        </message>
        <message>
            <source>Layer {0}: A{0} = {1}·W{0} + B{0}, Z{0} = {2}(A{0})</source>
            <translation>Layer {0}: A{0} = {1}·W{0} + B{0}, Z{0} = {2}(A{0})</translation>
        </message>
        <message>
            <source>A = X·W + B, Z = {0}(A)</source>
            <translation>A = X·W + B, Z = {0}(A)</translation>
        </message>
        <message>
            <source>X·W</source>
            <translation>X·W</translation>
        </message>
    </context>
    <context>
        <name>Challenge</name>
        <message>
            <source>Dataset choice</source>
            <extracomment>control name -&gt; (the objectName of the panel to look in, the objectNames of its widgets); shared/UI.md lists the names. A dock stands for its whole panel; the dataset's fields are rebuilt with the dataset.</extracomment>
            <translation>Dataset choice</translation>
        </message>
        <message>
            <source>Data seed</source>
            <translation>Data seed</translation>
        </message>
        <message>
            <source>Dataset settings (noise, samples, split…)</source>
            <translation>Dataset settings (noise, samples, split…)</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>Backend</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimizer</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batch size</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochs</translation>
        </message>
        <message>
            <source>Loss function</source>
            <translation>Loss function</translation>
        </message>
        <message>
            <source>Training seed</source>
            <translation>Training seed</translation>
        </message>
        <message>
            <source>Validation split</source>
            <translation>Validation split</translation>
        </message>
        <message>
            <source>Layer palette</source>
            <translation>Layer palette</translation>
        </message>
        <message>
            <source>Activation functions</source>
            <translation>Activation functions</translation>
        </message>
        <message>
            <source>Locked by this challenge</source>
            <translation>Locked by this challenge</translation>
        </message>
    </context>
    <context>
        <name>ChallengeBanner</name>
        <message>
            <source>Challenge: goal reached!</source>
            <translation>Challenge: goal reached!</translation>
        </message>
        <message>
            <source>Challenge:</source>
            <translation>Challenge:</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Not met yet</source>
            <translation>Not met yet</translation>
        </message>
    </context>
    <context>
        <name>ChallengeDialog</name>
        <message>
            <source>Challenge</source>
            <translation>Challenge</translation>
        </message>
        <message>
            <source>A challenge gives the learner a goal and fixes or hides the controls you choose. It is saved in the project file.</source>
            <translation>A challenge gives the learner a goal and fixes or hides the controls you choose. It is saved in the project file.</translation>
        </message>
        <message>
            <source>Task for the learner</source>
            <translation>Task for the learner</translation>
        </message>
        <message>
            <source>Fix the data seed at</source>
            <translation>Fix the data seed at</translation>
        </message>
        <message>
            <source>Data seed</source>
            <translation>Data seed</translation>
        </message>
        <message>
            <source>Goal (every condition must be met)</source>
            <translation>Goal (every condition must be met)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>Bound</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>Add condition</translation>
        </message>
        <message>
            <source>Remove condition</source>
            <translation>Remove condition</translation>
        </message>
        <message>
            <source>Controls</source>
            <translation>Controls</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Control</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Hidden</source>
            <translation>Hidden</translation>
        </message>
        <message>
            <source>Remove the challenge</source>
            <translation>Remove the challenge</translation>
        </message>
        <message>
            <source>at least (≥)</source>
            <translation>at least (≥)</translation>
        </message>
        <message>
            <source>at most (≤)</source>
            <translation>at most (≤)</translation>
        </message>
        <message>
            <source>Accuracies in %, counts as whole numbers, losses as numbers</source>
            <translation>Accuracies in %, counts as whole numbers, losses as numbers</translation>
        </message>
        <message>
            <source>Row {0} ({1})</source>
            <translation>Row {0} ({1})</translation>
        </message>
        <message>
            <source>{0}: a share is between 0 and 100 %, not {1} %</source>
            <translation>{0}: a share is between 0 and 100 %, not {1} %</translation>
        </message>
        <message>
            <source>{0}: a limit is an upper bound: choose “at most (≤)”</source>
            <translation>{0}: a limit is an upper bound: choose “at most (≤)”</translation>
        </message>
        <message>
            <source>{0}: a count is a whole number, 0 or more, not {1}</source>
            <translation>{0}: a count is a whole number, 0 or more, not {1}</translation>
        </message>
        <message>
            <source>Edit the challenge</source>
            <translation>Edit the challenge</translation>
        </message>
    </context>
    <context>
        <name>CheckGradientsDialog</name>
        <message>
            <source>Check gradients</source>
            <extracomment>samples the check uses (the first ones of the training set)</extracomment>
            <translation>Check gradients</translation>
        </message>
        <message>
            <source>Each weight is nudged by ±{0} and the change of the loss gives a numerical slope (E(w + ε) − E(w − ε)) / 2ε. Backpropagation's gradient should agree: relative error |a − n| / (|a| + |n|) below {2} in float64, or a difference below {3} (times the loss, when it is above 1), the finest slope ε can measure. Loss on the first {1} training samples.</source>
            <translation>Each weight is nudged by ±{0} and the change of the loss gives a numerical slope (E(w + ε) − E(w − ε)) / 2ε. Backpropagation's gradient should agree: relative error |a − n| / (|a| + |n|) below {2} in float64, or a difference below {3} (times the loss, when it is above 1), the finest slope ε can measure. Loss on the first {1} training samples.</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>layer</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>weight</translation>
        </message>
        <message>
            <source>backprop ∂E/∂w</source>
            <translation>backprop ∂E/∂w</translation>
        </message>
        <message>
            <source>numerical</source>
            <translation>numerical</translation>
        </message>
        <message>
            <source>relative error</source>
            <translation>relative error</translation>
        </message>
        <message>
            <source>No model to check: build a valid model first, or pause training.</source>
            <translation>No model to check: build a valid model first, or pause training.</translation>
        </message>
        <message>
            <source>The difference {0} is smaller than a central difference with this ε can resolve: the two agree.</source>
            <translation>The difference {0} is smaller than a central difference with this ε can resolve: the two agree.</translation>
        </message>
        <message>
            <source>({0} rows in brackets differ by less than ε can resolve and count as agreeing.)</source>
            <translation>({0} rows in brackets differ by less than ε can resolve and count as agreeing.)</translation>
        </message>
        <message>
            <source>they agree: backpropagation computes these gradients correctly.</source>
            <translation>they agree: backpropagation computes these gradients correctly.</translation>
        </message>
        <message>
            <source>some differ: look at the rows with the largest errors (a kink such as relu's at 0 can cause this).</source>
            <translation>some differ: look at the rows with the largest errors (a kink such as relu's at 0 can cause this).</translation>
        </message>
        <message>
            <source>{0} weights checked in float64; largest relative error {1}: {2}</source>
            <translation>{0} weights checked in float64; largest relative error {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>ClassNames</name>
        <message>
            <source>T-shirt/top</source>
            <extracomment>every label a bundled dataset ships that reads differently in another language</extracomment>
            <translation>T-shirt/top</translation>
        </message>
        <message>
            <source>Trouser</source>
            <translation>Trouser</translation>
        </message>
        <message>
            <source>Pullover</source>
            <translation>Pullover</translation>
        </message>
        <message>
            <source>Dress</source>
            <translation>Dress</translation>
        </message>
        <message>
            <source>Coat</source>
            <translation>Coat</translation>
        </message>
        <message>
            <source>Sandal</source>
            <translation>Sandal</translation>
        </message>
        <message>
            <source>Shirt</source>
            <translation>Shirt</translation>
        </message>
        <message>
            <source>Sneaker</source>
            <translation>Sneaker</translation>
        </message>
        <message>
            <source>Bag</source>
            <translation>Bag</translation>
        </message>
        <message>
            <source>Ankle boot</source>
            <translation>Ankle boot</translation>
        </message>
        <message>
            <source>malignant</source>
            <translation>malignant</translation>
        </message>
        <message>
            <source>benign</source>
            <translation>benign</translation>
        </message>
        <message>
            <source>not setosa</source>
            <translation>not setosa</translation>
        </message>
        <message>
            <source>class {0}</source>
            <translation>class {0}</translation>
        </message>
    </context>
    <context>
        <name>ConfusionModel</name>
        <message>
            <source>True {0}, predicted {1}: {2} ({3:.1f}% of {0})</source>
            <extracomment>at most this many first-layer units are drawn</extracomment>
            <translation>True {0}, predicted {1}: {2} ({3:.1f}% of {0})</translation>
        </message>
        <message>
            <source>Double-click: these test images</source>
            <translation>Double-click: these test images</translation>
        </message>
        <message>
            <source>True class: {0}</source>
            <translation>True class: {0}</translation>
        </message>
        <message>
            <source>Predicted class: {0}</source>
            <translation>Predicted class: {0}</translation>
        </message>
    </context>
    <context>
        <name>DatasetPanel</name>
        <message>
            <source>Logic gates</source>
            <translation>Logic gates</translation>
        </message>
        <message>
            <source>2-D toy sets (Playground)</source>
            <translation>2-D toy sets (Playground)</translation>
        </message>
        <message>
            <source>Bundled data sets</source>
            <translation>Bundled data sets</translation>
        </message>
        <message>
            <source>Image data sets</source>
            <translation>Image data sets</translation>
        </message>
        <message>
            <source>Your own data (CSV)</source>
            <translation>Your own data (CSV)</translation>
        </message>
        <message>
            <source>AND gate</source>
            <translation>AND gate</translation>
        </message>
        <message>
            <source>OR gate</source>
            <translation>OR gate</translation>
        </message>
        <message>
            <source>NAND gate</source>
            <translation>NAND gate</translation>
        </message>
        <message>
            <source>NOR gate</source>
            <translation>NOR gate</translation>
        </message>
        <message>
            <source>XOR gate</source>
            <translation>XOR gate</translation>
        </message>
        <message>
            <source>Circle</source>
            <translation>Circle</translation>
        </message>
        <message>
            <source>Exclusive or</source>
            <translation>Exclusive or</translation>
        </message>
        <message>
            <source>Two Gaussians</source>
            <translation>Two Gaussians</translation>
        </message>
        <message>
            <source>Spiral</source>
            <translation>Spiral</translation>
        </message>
        <message>
            <source>Moons</source>
            <translation>Moons</translation>
        </message>
        <message>
            <source>Plane (regression)</source>
            <translation>Plane (regression)</translation>
        </message>
        <message>
            <source>Multi Gaussian (regression)</source>
            <translation>Multi Gaussian (regression)</translation>
        </message>
        <message>
            <source>Iris</source>
            <translation>Iris</translation>
        </message>
        <message>
            <source>Digits 8x8</source>
            <translation>Digits 8x8</translation>
        </message>
        <message>
            <source>Wine</source>
            <translation>Wine</translation>
        </message>
        <message>
            <source>Breast cancer</source>
            <translation>Breast cancer</translation>
        </message>
        <message>
            <source>Diabetes (regression)</source>
            <translation>Diabetes (regression)</translation>
        </message>
        <message>
            <source>Fashion-MNIST</source>
            <translation>Fashion-MNIST</translation>
        </message>
        <message>
            <source>MNIST</source>
            <translation>MNIST</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV file</translation>
        </message>
        <message>
            <source>AND gate truth table (4 points). Linearly separable: one perceptron can learn it.</source>
            <translation>AND gate truth table (4 points). Linearly separable: one perceptron can learn it.</translation>
        </message>
        <message>
            <source>OR gate truth table (4 points). Linearly separable: one perceptron can learn it.</source>
            <translation>OR gate truth table (4 points). Linearly separable: one perceptron can learn it.</translation>
        </message>
        <message>
            <source>NAND gate truth table (4 points). Linearly separable: one perceptron can learn it.</source>
            <translation>NAND gate truth table (4 points). Linearly separable: one perceptron can learn it.</translation>
        </message>
        <message>
            <source>NOR gate truth table (4 points). Linearly separable, like AND and OR.</source>
            <translation>NOR gate truth table (4 points). Linearly separable, like AND and OR.</translation>
        </message>
        <message>
            <source>XOR gate truth table (4 points). Not linearly separable: it needs a hidden layer.</source>
            <translation>XOR gate truth table (4 points). Not linearly separable: it needs a hidden layer.</translation>
        </message>
        <message>
            <source>One class inside a circle, the other in a ring around it. Needs a non-linear decision boundary.</source>
            <translation>One class inside a circle, the other in a ring around it. Needs a non-linear decision boundary.</translation>
        </message>
        <message>
            <source>Class 1 where x1 and x2 have the same sign, class 0 in the other two quadrants.</source>
            <translation>Class 1 where x1 and x2 have the same sign, class 0 in the other two quadrants.</translation>
        </message>
        <message>
            <source>Two Gaussian clouds; linearly separable when the noise is low.</source>
            <translation>Two Gaussian clouds; linearly separable when the noise is low.</translation>
        </message>
        <message>
            <source>Two interleaved spirals: the hardest toy set, it needs several hidden layers.</source>
            <translation>Two interleaved spirals: the hardest toy set, it needs several hidden layers.</translation>
        </message>
        <message>
            <source>Two interleaving half circles.</source>
            <translation>Two interleaving half circles.</translation>
        </message>
        <message>
            <source>Regression: the target rises linearly across the plane.</source>
            <translation>Regression: the target rises linearly across the plane.</translation>
        </message>
        <message>
            <source>Regression: six Gaussian bumps of +1 and -1.</source>
            <translation>Regression: six Gaussian bumps of +1 and -1.</translation>
        </message>
        <message>
            <source>Iris flowers: 150 samples, 4 measurements, 3 species.</source>
            <translation>Iris flowers: 150 samples, 4 measurements, 3 species.</translation>
        </message>
        <message>
            <source>Handwritten digits 0-9 as 8x8 images (1,797 samples): a small, offline stand-in for MNIST.</source>
            <translation>Handwritten digits 0-9 as 8x8 images (1,797 samples): a small, offline stand-in for MNIST.</translation>
        </message>
        <message>
            <source>Wine recognition: 178 samples, 13 chemical measurements, 3 cultivars.</source>
            <translation>Wine recognition: 178 samples, 13 chemical measurements, 3 cultivars.</translation>
        </message>
        <message>
            <source>Breast cancer Wisconsin: 569 samples, 30 features, malignant or benign.</source>
            <translation>Breast cancer Wisconsin: 569 samples, 30 features, malignant or benign.</translation>
        </message>
        <message>
            <source>Regression: disease progression of 442 patients from 10 features.</source>
            <translation>Regression: disease progression of 442 patients from 10 features.</translation>
        </message>
        <message>
            <source>70,000 grayscale 28x28 images of 10 kinds of clothing (60,000 for training, 10,000 for testing).</source>
            <translation>70,000 grayscale 28x28 images of 10 kinds of clothing (60,000 for training, 10,000 for testing).</translation>
        </message>
        <message>
            <source>70,000 grayscale 28x28 images of handwritten digits (60,000 for training, 10,000 for testing).</source>
            <translation>70,000 grayscale 28x28 images of handwritten digits (60,000 for training, 10,000 for testing).</translation>
        </message>
        <message>
            <source>Your own table: feature columns (numbers, or texts such as categories) and one target column (class labels or numbers).</source>
            <translation>Your own table: feature columns (numbers, or texts such as categories) and one target column (class labels or numbers).</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Samples</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Noise</translation>
        </message>
        <message>
            <source>Test set ratio</source>
            <translation>Test set ratio</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Standardize features</source>
            <translation>Standardize features</translation>
        </message>
        <message>
            <source>Standardize target</source>
            <translation>Standardize target</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Features</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Scale to 0..1</source>
            <translation>Scale to 0..1</translation>
        </message>
        <message>
            <source>Flatten images</source>
            <translation>Flatten images</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Download if missing</source>
            <translation>Download if missing</translation>
        </message>
        <message>
            <source>Validation images</source>
            <translation>Validation images</translation>
        </message>
        <message>
            <source>Training images</source>
            <translation>Training images</translation>
        </message>
        <message>
            <source>Test images</source>
            <translation>Test images</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Delimiter</source>
            <translation>Delimiter</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>Header row</translation>
        </message>
        <message>
            <source>Ignore columns</source>
            <translation>Ignore columns</translation>
        </message>
        <message>
            <source>Functions of x1 and x2 the network gets as its inputs, as in the TensorFlow Playground; the Input layer follows their number</source>
            <translation>Functions of x1 and x2 the network gets as its inputs, as in the TensorFlow Playground; the Input layer follows their number</translation>
        </message>
        <message>
            <source>The column to predict: its header name or its number, counted from 0 (0 = the first column, -1 = the last); empty: the last column with data</source>
            <translation>The column to predict: its header name or its number, counted from 0 (0 = the first column, -1 = the last); empty: the last column with data</translation>
        </message>
        <message>
            <source>How many times the 4-row truth table is repeated</source>
            <translation>How many times the 4-row truth table is repeated</translation>
        </message>
        <message>
            <source>Number of points (training + test)</source>
            <translation>Number of points (training + test)</translation>
        </message>
        <message>
            <source>How much the points are scattered (0-50 %)</source>
            <translation>How much the points are scattered (0-50 %)</translation>
        </message>
        <message>
            <source>Fraction of the samples held out as the test set</source>
            <translation>Fraction of the samples held out as the test set</translation>
        </message>
        <message>
            <source>Random seed: the same seed gives the same data and split</source>
            <translation>Random seed: the same seed gives the same data and split</translation>
        </message>
        <message>
            <source>Standardize features (mean 0, std 1) with statistics of the training set only</source>
            <translation>Standardize features (mean 0, std 1) with statistics of the training set only</translation>
        </message>
        <message>
            <source>Standardize the regression target too</source>
            <translation>Standardize the regression target too</translation>
        </message>
        <message>
            <source>Which measurements to use as inputs</source>
            <translation>Which measurements to use as inputs</translation>
        </message>
        <message>
            <source>What to predict</source>
            <translation>What to predict</translation>
        </message>
        <message>
            <source>Divide pixel values so they lie in 0..1</source>
            <translation>Divide pixel values so they lie in 0..1</translation>
        </message>
        <message>
            <source>Give images as flat vectors instead of 2-D arrays</source>
            <translation>Give images as flat vectors instead of 2-D arrays</translation>
        </message>
        <message>
            <source>Folder with the data files; empty searches the standard folders</source>
            <translation>Folder with the data files; empty searches the standard folders</translation>
        </message>
        <message>
            <source>Download the files when they are not found (needs internet)</source>
            <translation>Download the files when they are not found (needs internet)</translation>
        </message>
        <message>
            <source>The first N training images become the validation set (0 = none)</source>
            <translation>The first N training images become the validation set (0 = none)</translation>
        </message>
        <message>
            <source>Use only the first N training images, for quick runs (none = all)</source>
            <translation>Use only the first N training images, for quick runs (none = all)</translation>
        </message>
        <message>
            <source>Use only the first N test images (none = all)</source>
            <translation>Use only the first N test images (none = all)</translation>
        </message>
        <message>
            <source>The CSV file to import</source>
            <translation>The CSV file to import</translation>
        </message>
        <message>
            <source>What the target is; 'auto' decides from the values</source>
            <translation>What the target is; 'auto' decides from the values</translation>
        </message>
        <message>
            <source>Field separator; 'auto' detects it</source>
            <translation>Field separator; 'auto' detects it</translation>
        </message>
        <message>
            <source>Is the first row column names?</source>
            <translation>Is the first row column names?</translation>
        </message>
        <message>
            <source>Columns to leave out, such as an id or a name: their header names or numbers, counted from 0 (0 = the first column), separated by commas</source>
            <translation>Columns to leave out, such as an id or a name: their header names or numbers, counted from 0 (0 = the first column), separated by commas</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>petal only</source>
            <translation>petal only</translation>
        </message>
        <message>
            <source>sepal only</source>
            <translation>sepal only</translation>
        </message>
        <message>
            <source>species (3 classes)</source>
            <translation>species (3 classes)</translation>
        </message>
        <message>
            <source>setosa or not (binary)</source>
            <translation>setosa or not (binary)</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>classification</source>
            <translation>classification</translation>
        </message>
        <message>
            <source>regression</source>
            <translation>regression</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>comma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>binary classification</source>
            <translation>binary classification</translation>
        </message>
        <message>
            <source>multi-class classification</source>
            <translation>multi-class classification</translation>
        </message>
        <message>
            <source>Training is running: pause or stop the training to change the data.</source>
            <translation>Training is running: pause or stop the training to change the data.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Fit the model to this data</source>
            <translation>Fit the model to this data</translation>
        </message>
        <message>
            <source>Set the Input layer's shape, the output layer and the loss function to match the data</source>
            <translation>Set the Input layer's shape, the output layer and the loss function to match the data</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>Choose the data folder</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Choose a CSV file</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>CSV files (*.csv *.txt *.tsv);;All files (*)</translation>
        </message>
        <message>
            <source>Unknown dataset {0!r}</source>
            <translation>Unknown dataset {0!r}</translation>
        </message>
        <message>
            <source>Dataset: {0}</source>
            <translation>Dataset: {0}</translation>
        </message>
        <message>
            <source>Change {0}</source>
            <translation>Change {0}</translation>
        </message>
        <message>
            <source>Input features: {0}</source>
            <translation>Input features: {0}</translation>
        </message>
        <message>
            <source>Choose a CSV file: “Browse…” beside File. Each row is one sample: feature columns (numbers, or texts such as categories) and one target column.</source>
            <translation>Choose a CSV file: “Browse…” beside File. Each row is one sample: feature columns (numbers, or texts such as categories) and one target column.</translation>
        </message>
        <message>
            <source>Features: {0}</source>
            <translation>Features: {0}</translation>
        </message>
        <message>
            <source>The model fits the data</source>
            <translation>The model fits the data</translation>
        </message>
        <message>
            <source>Fit the model to the data</source>
            <translation>Fit the model to the data</translation>
        </message>
        <message>
            <source>{0} training · {1} test</source>
            <translation>{0} training · {1} test</translation>
        </message>
        <message>
            <source> · {0} validation</source>
            <translation> · {0} validation</translation>
        </message>
        <message>
            <source>inputs {0}</source>
            <translation>inputs {0}</translation>
        </message>
        <message>
            <source>1 output, regression</source>
            <translation>1 output, regression</translation>
        </message>
        <message>
            <source>{0} outputs, regression</source>
            <translation>{0} outputs, regression</translation>
        </message>
        <message>
            <source>{0} classes</source>
            <translation>{0} classes</translation>
        </message>
    </context>
    <context>
        <name>DatePage</name>
        <message>
            <source>A unit as a decision: go out on a date this weekend? Three yes/no inputs, and weights that say how much each one matters to a person. The notes give the weights but no threshold; here the unit says yes when the weighted sum is above 5, so the input weighted 6 decides alone and the two inputs weighted 2 together (4) are not enough. Tick the inputs and compare the two people.</source>
            <translation>A unit as a decision: go out on a date this weekend? Three yes/no inputs, and weights that say how much each one matters to a person. The notes give the weights but no threshold; here the unit says yes when the weighted sum is above 5, so the input weighted 6 decides alone and the two inputs weighted 2 together (4) are not enough. Tick the inputs and compare the two people.</translation>
        </message>
        <message>
            <source>The weather is good (x₁)</source>
            <translation>The weather is good (x₁)</translation>
        </message>
        <message>
            <source>My partner is free (x₂)</source>
            <translation>My partner is free (x₂)</translation>
        </message>
        <message>
            <source>The place is near home (x₃)</source>
            <translation>The place is near home (x₃)</translation>
        </message>
        <message>
            <source>Threshold θ</source>
            <translation>Threshold θ</translation>
        </message>
        <message>
            <source>Threshold θ (yes when the sum &gt; θ)</source>
            <translation>Threshold θ (yes when the sum &gt; θ)</translation>
        </message>
        <message>
            <source>Ask me about the first person</source>
            <extracomment>whom the question is about: the second person first, the other one after each click of the button</extracomment>
            <translation>Ask me about the first person</translation>
        </message>
        <message>
            <source>Ask me about the second person</source>
            <translation>Ask me about the second person</translation>
        </message>
        <message>
            <source>Someone for whom the weather matters most, weights (6, 2, 2)</source>
            <translation>Someone for whom the weather matters most, weights (6, 2, 2)</translation>
        </message>
        <message>
            <source>Someone for whom a nearby place matters most, weights (2, 2, 6)</source>
            <translation>Someone for whom a nearby place matters most, weights (2, 2, 6)</translation>
        </message>
        <message>
            <source>goes out</source>
            <translation>goes out</translation>
        </message>
        <message>
            <source>stays home</source>
            <translation>stays home</translation>
        </message>
    </context>
    <context>
        <name>DecisionRegionPlot</name>
        <message>
            <source>Discretize</source>
            <extracomment>how strongly regions are tinted: the Playground paints its heat map with alpha 160 over white bands of the discretized regression surface uint8 RGBA lookup table (256 entries) of the regions' diverging map (entry i is t = i / 255) the same map at full strength, for regression points why the model at rest could not be built (the runner's ``sigModelRefused``), shown over the points instead of the regions of the model before the edit; ``None`` while there is a model</extracomment>
            <translation>Discretize</translation>
        </message>
        <message>
            <source>Paint only the predicted class (the most probable one, or probability ≥ 0.5) instead of blending by probability</source>
            <translation>Paint only the predicted class (the most probable one, or probability ≥ 0.5) instead of blending by probability</translation>
        </message>
        <message>
            <source>Show test data</source>
            <translation>Show test data</translation>
        </message>
        <message>
            <source>Test points are drawn as rings, training points filled</source>
            <translation>Test points are drawn as rings, training points filled</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Grid points per side where the model is evaluated</source>
            <translation>Grid points per side where the model is evaluated</translation>
        </message>
        <message>
            <source>The input on the horizontal axis</source>
            <translation>The input on the horizontal axis</translation>
        </message>
        <message>
            <source>The input on the vertical axis</source>
            <translation>The input on the vertical axis</translation>
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
            <source>others at their mean</source>
            <translation>others at their mean</translation>
        </message>
        <message>
            <source>The inputs not on the axes are held at their training mean while the model is evaluated. New data opens on the two inputs that tell the targets apart best on their own.</source>
            <translation>The inputs not on the axes are held at their training mean while the model is evaluated. New data opens on the two inputs that tell the targets apart best on their own.</translation>
        </message>
        <message>
            <source>No decision regions: the model cannot be built as it is.
{0}</source>
            <translation>No decision regions: the model cannot be built as it is.
{0}</translation>
        </message>
        <message>
            <source>input {0}</source>
            <translation>input {0}</translation>
        </message>
        <message>
            <source>Paint the predicted value in {0} bands of equal width</source>
            <extracomment>the legend's corners, preferred in this order: top right, top left, bottom right, bottom left</extracomment>
            <translation>Paint the predicted value in {0} bands of equal width</translation>
        </message>
        <message>
            <source>Load a data set to see what the model learns here.</source>
            <translation>Load a data set to see what the model learns here.</translation>
        </message>
        <message>
            <source>This data set holds images: decision regions are drawn for data with a few numeric inputs (the 2-D toy sets, iris, wine …).</source>
            <translation>This data set holds images: decision regions are drawn for data with a few numeric inputs (the 2-D toy sets, iris, wine …).</translation>
        </message>
        <message>
            <source>This data set has a single input: decision regions need two.</source>
            <translation>This data set has a single input: decision regions need two.</translation>
        </message>
    </context>
    <context>
        <name>DescentLab</name>
        <message>
            <source>One neuron, linear: y = w·x + b on 8 noisy points</source>
            <translation>One neuron, linear: y = w·x + b on 8 noisy points</translation>
        </message>
        <message>
            <source>One neuron, sigmoid: y = σ(w·x + b)</source>
            <translation>One neuron, sigmoid: y = σ(w·x + b)</translation>
        </message>
        <message>
            <source>A long bowl: L = 0.5 w² + 4 b²</source>
            <translation>A long bowl: L = 0.5 w² + 4 b²</translation>
        </message>
        <message>
            <source>Two weights of the current model</source>
            <translation>Two weights of the current model</translation>
        </message>
        <message>
            <source>S&amp;urface</source>
            <translation>S&amp;urface</translation>
        </message>
        <message>
            <source>Weight {0}</source>
            <translation>Weight {0}</translation>
        </message>
        <message>
            <source>Surface</source>
            <translation>Surface</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>Race</translation>
        </message>
        <message>
            <source>Losses</source>
            <translation>Losses</translation>
        </message>
        <message>
            <source>Numerical derivative</source>
            <translation>Numerical derivative</translation>
        </message>
        <message>
            <source>This model has fewer than two trainable weights.</source>
            <translation>This model has fewer than two trainable weights.</translation>
        </message>
        <message>
            <source>Pick two different weights.</source>
            <translation>Pick two different weights.</translation>
        </message>
    </context>
    <context>
        <name>Examples</name>
        <message>
            <source>Challenge: XOR with 4 hidden units</source>
            <translation>Challenge: XOR with 4 hidden units</translation>
        </message>
        <message>
            <source>A teacher's challenge: the data is fixed; reach 95 % test accuracy with at most 4 hidden units.</source>
            <translation>A teacher's challenge: the data is fixed; reach 95 % test accuracy with at most 4 hidden units.</translation>
        </message>
        <message>
            <source>Reach 95 % test accuracy on the XOR points with at most 4 hidden units.</source>
            <translation>Reach 95 % test accuracy on the XOR points with at most 4 hidden units.</translation>
        </message>
        <message>
            <source>Diabetes regression</source>
            <translation>Diabetes regression</translation>
        </message>
        <message>
            <source>Regression MLP of the notes (Dense(30, relu) -&gt; Dense(1), MSE, SGD) on scikit-learn's diabetes data.</source>
            <translation>Regression MLP of the notes (Dense(30, relu) -&gt; Dense(1), MSE, SGD) on scikit-learn's diabetes data.</translation>
        </message>
        <message>
            <source>Handwritten digits (8x8)</source>
            <translation>Handwritten digits (8x8)</translation>
        </message>
        <message>
            <source>scikit-learn's 8x8 handwritten digits, 64 inputs -&gt; 64 ReLU -&gt; 10 softmax.</source>
            <translation>scikit-learn's 8x8 handwritten digits, 64 inputs -&gt; 64 ReLU -&gt; 10 softmax.</translation>
        </message>
        <message>
            <source>Fashion-MNIST classifier</source>
            <translation>Fashion-MNIST classifier</translation>
        </message>
        <message>
            <source>The notes' recipe: Flatten(28x28) -&gt; 300 relu -&gt; 100 relu -&gt; 10 softmax, SGD 0.01, 30 epochs, first 5,000 training images for validation; about 88-89 % accuracy.</source>
            <translation>The notes' recipe: Flatten(28x28) -&gt; 300 relu -&gt; 100 relu -&gt; 10 softmax, SGD 0.01, 30 epochs, first 5,000 training images for validation; about 88-89 % accuracy.</translation>
        </message>
        <message>
            <source>AND gate</source>
            <translation>AND gate</translation>
        </message>
        <message>
            <source>One neuron with a sigmoid learns the AND gate (the perceptron chapter): 2 inputs, 1 output.</source>
            <translation>One neuron with a sigmoid learns the AND gate (the perceptron chapter): 2 inputs, 1 output.</translation>
        </message>
        <message>
            <source>MNIST digits (ANN)</source>
            <translation>MNIST digits (ANN)</translation>
        </message>
        <message>
            <source>The notes' MNIST ANN: 784 pixels -&gt; 256 relu -&gt; 256 relu -&gt; 10 logits, kernels and biases drawn from RandomNormal(stddev 1), softmax cross-entropy from logits, Adam 0.001, batch 256, 30 epochs; about 94 % test accuracy. Needs the MNIST files (mnist.npz in ~/.keras/datasets, or the IDX files in a folder chosen in the data panel).</source>
            <translation>The notes' MNIST ANN: 784 pixels -&gt; 256 relu -&gt; 256 relu -&gt; 10 logits, kernels and biases drawn from RandomNormal(stddev 1), softmax cross-entropy from logits, Adam 0.001, batch 256, 30 epochs; about 94 % test accuracy. Needs the MNIST files (mnist.npz in ~/.keras/datasets, or the IDX files in a folder chosen in the data panel).</translation>
        </message>
        <message>
            <source>Housing-style regression</source>
            <translation>Housing-style regression</translation>
        </message>
        <message>
            <source>The notes' California-housing recipe: standardised features -&gt; Dense(30, relu) -&gt; Dense(1), MSE, SGD 1e-3, 20 epochs. California housing must be downloaded, so this runs offline on scikit-learn's bundled diabetes data; to use California housing, save it as a CSV (8 feature columns, the price last), choose 'CSV file' in the data panel and click 'Fit the model to this data'.</source>
            <translation>The notes' California-housing recipe: standardised features -&gt; Dense(30, relu) -&gt; Dense(1), MSE, SGD 1e-3, 20 epochs. California housing must be downloaded, so this runs offline on scikit-learn's bundled diabetes data; to use California housing, save it as a CSV (8 feature columns, the price last), choose 'CSV file' in the data panel and click 'Fit the model to this data'.</translation>
        </message>
        <message>
            <source>Callbacks: checkpoints and early stopping</source>
            <translation>Callbacks: checkpoints and early stopping</translation>
        </message>
        <message>
            <source>The notes' callbacks on the housing-style regression: ModelCheckpoint keeps the best model so far in my_keras_model.h5 (save_best_only, on val loss), EarlyStopping(patience=10, restore_best_weights=True) ends training once val loss has not improved for 10 epochs and puts the best weights back, and TensorBoard logs go to my_logs/run_&lt;start time&gt;. Up to 100 epochs, SGD 0.01 on scikit-learn's diabetes data: it stops after about 20. Save the project first: the files are written beside it.</source>
            <translation>The notes' callbacks on the housing-style regression: ModelCheckpoint keeps the best model so far in my_keras_model.h5 (save_best_only, on val loss), EarlyStopping(patience=10, restore_best_weights=True) ends training once val loss has not improved for 10 epochs and puts the best weights back, and TensorBoard logs go to my_logs/run_&lt;start time&gt;. Up to 100 epochs, SGD 0.01 on scikit-learn's diabetes data: it stops after about 20. Save the project first: the files are written beside it.</translation>
        </message>
        <message>
            <source>Iris species</source>
            <translation>Iris species</translation>
        </message>
        <message>
            <source>Three iris species from four flower measurements: a small softmax classifier.</source>
            <translation>Three iris species from four flower measurements: a small softmax classifier.</translation>
        </message>
        <message>
            <source>Two spirals</source>
            <translation>Two spirals</translation>
        </message>
        <message>
            <source>The hardest TensorFlow-Playground set: two interleaved spirals, 2-16-16-1 tanh network.</source>
            <translation>The hardest TensorFlow-Playground set: two interleaved spirals, 2-16-16-1 tanh network.</translation>
        </message>
        <message>
            <source>Wide &amp; Deep</source>
            <translation>Wide &amp; Deep</translation>
        </message>
        <message>
            <source>Wide &amp; Deep (Cheng et al. 2016) with the functional API of the notes: the input goes through two Dense(30, relu) layers (deep path) and also straight to a Concatenate (wide path), then Dense(1); regression on scikit-learn's diabetes data (the notes use California housing).</source>
            <translation>Wide &amp; Deep (Cheng et al. 2016) with the functional API of the notes: the input goes through two Dense(30, relu) layers (deep path) and also straight to a Concatenate (wide path), then Dense(1); regression on scikit-learn's diabetes data (the notes use California housing).</translation>
        </message>
        <message>
            <source>XOR in two layers</source>
            <translation>XOR in two layers</translation>
        </message>
        <message>
            <source>NAND and OR feed AND: the notes' two-layer perceptron for XOR, weights set by hand.</source>
            <translation>NAND and OR feed AND: the notes' two-layer perceptron for XOR, weights set by hand.</translation>
        </message>
        <message>
            <source>XOR with a hidden layer</source>
            <translation>XOR with a hidden layer</translation>
        </message>
        <message>
            <source>XOR is not linearly separable: one perceptron fails, a hidden layer of 8 tanh units solves it.</source>
            <translation>XOR is not linearly separable: one perceptron fails, a hidden layer of 8 tanh units solves it.</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message>
            <source>E&amp;xplain this step…</source>
            <translation>E&amp;xplain this step…</translation>
        </message>
        <message>
            <source>One training step on one sample, written out with the model's numbers</source>
            <translation>One training step on one sample, written out with the model's numbers</translation>
        </message>
        <message>
            <source>&amp;Gradient sizes per layer…</source>
            <translation>&amp;Gradient sizes per layer…</translation>
        </message>
        <message>
            <source>Each layer's mean |∂E/∂W| per epoch: see gradients vanish</source>
            <translation>Each layer's mean |∂E/∂W| per epoch: see gradients vanish</translation>
        </message>
        <message>
            <source>&amp;Check gradients…</source>
            <translation>&amp;Check gradients…</translation>
        </message>
        <message>
            <source>Backpropagation's gradients next to numerical ones</source>
            <translation>Backpropagation's gradients next to numerical ones</translation>
        </message>
        <message>
            <source>Pause training first: a step is explained on a model at rest</source>
            <translation>Pause training first: a step is explained on a model at rest</translation>
        </message>
        <message>
            <source>Explain this step</source>
            <translation>Explain this step</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>Gradients</translation>
        </message>
    </context>
    <context>
        <name>ExplainStepView</name>
        <message>
            <source>Sample</source>
            <translation>Sample</translation>
        </message>
        <message>
            <source>Input i</source>
            <translation>Input i</translation>
        </message>
        <message>
            <source>Unit j</source>
            <translation>Unit j</translation>
        </message>
        <message>
            <source>&amp;Sample (training set index):</source>
            <translation>&amp;Sample (training set index):</translation>
        </message>
        <message>
            <source>&amp;Weight W[i, j] of layer:</source>
            <translation>&amp;Weight W[i, j] of layer:</translation>
        </message>
        <message>
            <source>&amp;i</source>
            <translation>&amp;i</translation>
        </message>
        <message>
            <source>&amp;j</source>
            <translation>&amp;j</translation>
        </message>
        <message>
            <source>The layer whose weight's update is written out</source>
            <translation>The layer whose weight's update is written out</translation>
        </message>
        <message>
            <source>Forward: z = a_prev·W + b, a = f(z), then the loss E. Backward: δ = ∂E/∂z, from the last layer down; ∂E/∂W[i, j] = a_prev[i]·δ[j]. Then the optimizer moves each weight against its gradient.</source>
            <translation>Forward: z = a_prev·W + b, a = f(z), then the loss E. Backward: δ = ∂E/∂z, from the last layer down; ∂E/∂W[i, j] = a_prev[i]·δ[j]. Then the optimizer moves each weight against its gradient.</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>layer</translation>
        </message>
        <message>
            <source>unit j</source>
            <translation>unit j</translation>
        </message>
        <message>
            <source>Training is running. Pause it (or press Step) to explain one step.</source>
            <translation>Training is running. Pause it (or press Step) to explain one step.</translation>
        </message>
        <message>
            <source>No model to explain: {0}</source>
            <translation>No model to explain: {0}</translation>
        </message>
        <message>
            <source>No model yet: build a valid model and choose its data.</source>
            <translation>No model yet: build a valid model and choose its data.</translation>
        </message>
        <message>
            <source>the model's weights as they are (imported, loaded from a run or typed in)</source>
            <translation>the model's weights as they are (imported, loaded from a run or typed in)</translation>
        </message>
        <message>
            <source>the model before training</source>
            <translation>the model before training</translation>
        </message>
        <message>
            <source>the paused model: the next batch would start from these weights</source>
            <translation>the paused model: the next batch would start from these weights</translation>
        </message>
        <message>
            <source>One step on one sample, with {0}.</source>
            <translation>One step on one sample, with {0}.</translation>
        </message>
        <message>
            <source>the trained model</source>
            <translation>the trained model</translation>
        </message>
        <message>
            <source>Input x = {0}, target t = {1}</source>
            <translation>Input x = {0}, target t = {1}</translation>
        </message>
        <message>
            <source>Loss E = {0} (output a = {1})</source>
            <translation>Loss E = {0} (output a = {1})</translation>
        </message>
        <message>
            <source>{0} update of this weight (step {1}):</source>
            <translation>{0} update of this weight (step {1}):</translation>
        </message>
    </context>
    <context>
        <name>ExportCode</name>
        <message>
            <source>Keras script (*.py)</source>
            <translation>Keras script (*.py)</translation>
        </message>
        <message>
            <source>NumPy script, written from scratch (*.py)</source>
            <translation>NumPy script, written from scratch (*.py)</translation>
        </message>
        <message>
            <source>Jupyter notebook (*.ipynb)</source>
            <translation>Jupyter notebook (*.ipynb)</translation>
        </message>
        <message>
            <source>Export the project as a Jupyter notebook</source>
            <translation>Export the project as a Jupyter notebook</translation>
        </message>
        <message>
            <source>Export the project as a Python script</source>
            <translation>Export the project as a Python script</translation>
        </message>
        <message>
            <source>Cannot export the project</source>
            <translation>Cannot export the project</translation>
        </message>
        <message>
            <source>{0}
The exported program would stop there too.</source>
            <translation>{0}
The exported program would stop there too.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>Keras script</source>
            <translation>Keras script</translation>
        </message>
        <message>
            <source>NumPy script</source>
            <translation>NumPy script</translation>
        </message>
        <message>
            <source>Jupyter notebook</source>
            <translation>Jupyter notebook</translation>
        </message>
        <message>
            <source>{0} written to {1}</source>
            <translation>{0} written to {1}</translation>
        </message>
    </context>
    <context>
        <name>FeatureToggles</name>
        <message>
            <source>The first coordinate, as it is</source>
            <translation>The first coordinate, as it is</translation>
        </message>
        <message>
            <source>The second coordinate, as it is</source>
            <translation>The second coordinate, as it is</translation>
        </message>
        <message>
            <source>The first coordinate squared: round boundaries become reachable</source>
            <translation>The first coordinate squared: round boundaries become reachable</translation>
        </message>
        <message>
            <source>The second coordinate squared</source>
            <translation>The second coordinate squared</translation>
        </message>
        <message>
            <source>The product of the coordinates: its sign alone tells the XOR quadrants apart</source>
            <translation>The product of the coordinates: its sign alone tells the XOR quadrants apart</translation>
        </message>
        <message>
            <source>The sine of the first coordinate: waves along X₁</source>
            <translation>The sine of the first coordinate: waves along X₁</translation>
        </message>
        <message>
            <source>The sine of the second coordinate: waves along X₂</source>
            <translation>The sine of the second coordinate: waves along X₂</translation>
        </message>
        <message>
            <source>At least one input feature must stay on: without one the network has no input.</source>
            <translation>At least one input feature must stay on: without one the network has no input.</translation>
        </message>
    </context>
    <context>
        <name>FeaturesPage</name>
        <message>
            <source>A unit only draws straight lines through its inputs, so give it better inputs. As in the TensorFlow Playground, tick features computed from x₁ and x₂. With x₁·x₂ the fourth input (1, 1) stands apart from the others, and one unit separates XOR; in the plane the boundary is no longer a line.</source>
            <translation>A unit only draws straight lines through its inputs, so give it better inputs. As in the TensorFlow Playground, tick features computed from x₁ and x₂. With x₁·x₂ the fourth input (1, 1) stands apart from the others, and one unit separates XOR; in the plane the boundary is no longer a line.</translation>
        </message>
        <message>
            <source>Let the rule find weights</source>
            <translation>Let the rule find weights</translation>
        </message>
        <message>
            <source>Weights by hand: (1, 1, −2), b = −0.5</source>
            <translation>Weights by hand: (1, 1, −2), b = −0.5</translation>
        </message>
        <message>
            <source>features</source>
            <translation>features</translation>
        </message>
        <message>
            <source>output</source>
            <translation>output</translation>
        </message>
        <message>
            <source>Set by hand: z = x₁ + x₂ − 2·x₁x₂ − 0.5 is −0.5, 0.5, 0.5, −0.5 on the four inputs.</source>
            <translation>Set by hand: z = x₁ + x₂ − 2·x₁x₂ − 0.5 is −0.5, 0.5, 0.5, −0.5 on the four inputs.</translation>
        </message>
        <message>
            <source>No weights yet for these features: let the rule find some.</source>
            <translation>No weights yet for these features: let the rule find some.</translation>
        </message>
    </context>
    <context>
        <name>FileActionsMixin</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The project “{0}” has unsaved changes. Save them first?</source>
            <translation>The project “{0}” has unsaved changes. Save them first?</translation>
        </message>
        <message>
            <source>annstudio projects (*.annproj);;All files (*)</source>
            <translation>annstudio projects (*.annproj);;All files (*)</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>New project</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Open project</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>Cannot open the project</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>Opened {0}</translation>
        </message>
        <message>
            <source>Cannot open the example</source>
            <translation>Cannot open the example</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>Save project as</translation>
        </message>
        <message>
            <source>Cannot save the project</source>
            <translation>Cannot save the project</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Saved {0}</translation>
        </message>
        <message>
            <source>Cannot open the file</source>
            <translation>Cannot open the file</translation>
        </message>
        <message>
            <source>Open a Keras model file</source>
            <translation>Open a Keras model file</translation>
        </message>
        <message>
            <source>“{0}” is a Keras model file, not an annstudio project. Import its model into the current project?</source>
            <translation>“{0}” is a Keras model file, not an annstudio project. Import its model into the current project?</translation>
        </message>
        <message>
            <source>Import the model</source>
            <translation>Import the model</translation>
        </message>
        <message>
            <source>Cannot import the model</source>
            <translation>Cannot import the model</translation>
        </message>
        <message>
            <source>Import {0}</source>
            <translation>Import {0}</translation>
        </message>
        <message>
            <source>Exported the model with the weights of the run “{1}” to {0}</source>
            <translation>Exported the model with the weights of the run “{1}” to {0}</translation>
        </message>
        <message>
            <source>Exported the model with the weights imported from {1} to {0}</source>
            <translation>Exported the model with the weights imported from {1} to {0}</translation>
        </message>
        <message>
            <source>Exported the model with its kept or edited weights to {0}</source>
            <translation>Exported the model with its kept or edited weights to {0}</translation>
        </message>
        <message>
            <source>Export the trained model (.h5 or .keras)</source>
            <translation>Export the trained model (.h5 or .keras)</translation>
        </message>
        <message>
            <source>Export the model (.h5 or .keras) with its imported or edited weights</source>
            <translation>Export the model (.h5 or .keras) with its imported or edited weights</translation>
        </message>
        <message>
            <source>Export the model (.h5 or .keras) — not trained yet: the file gets freshly initialised weights</source>
            <translation>Export the model (.h5 or .keras) — not trained yet: the file gets freshly initialised weights</translation>
        </message>
        <message>
            <source>Exported the model (no batch trained yet) to {0}</source>
            <translation>Exported the model (no batch trained yet) to {0}</translation>
        </message>
        <message>
            <source>Imported the model and its weights from {0}</source>
            <translation>Imported the model and its weights from {0}</translation>
        </message>
        <message>
            <source>Stop the training and open another project?</source>
            <translation>Stop the training and open another project?</translation>
        </message>
        <message>
            <source>Keras models (*.h5 *.hdf5 *.keras);;Keras HDF5 models (*.h5 *.hdf5);;Keras 3 models (*.keras);;All files (*)</source>
            <translation>Keras models (*.h5 *.hdf5 *.keras);;Keras HDF5 models (*.h5 *.hdf5);;Keras 3 models (*.keras);;All files (*)</translation>
        </message>
        <message>
            <source>Opened the example “{0}” (save it to keep your changes)</source>
            <translation>Opened the example “{0}” (save it to keep your changes)</translation>
        </message>
        <message>
            <source>Import a Keras model (.h5 or .keras)</source>
            <translation>Import a Keras model (.h5 or .keras)</translation>
        </message>
        <message>
            <source>Cannot export the model</source>
            <translation>Cannot export the model</translation>
        </message>
        <message>
            <source>Keras' file formats cannot hold this model: {0}</source>
            <translation>Keras' file formats cannot hold this model: {0}</translation>
        </message>
        <message>
            <source>Exported the trained model to {0}</source>
            <translation>Exported the trained model to {0}</translation>
        </message>
    </context>
    <context>
        <name>ForwardPassLab</name>
        <message>
            <source>sigmoid</source>
            <translation>sigmoid</translation>
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
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <source>identity</source>
            <translation>identity</translation>
        </message>
        <message>
            <source>softmax</source>
            <translation>softmax</translation>
        </message>
        <message>
            <source>The network of the notes: 2 inputs, a layer of 3 units, a layer of 2, and 2 outputs. Each layer is one matrix product plus a bias, A = X·W + B, then its activation, Z = f(A), which feeds the next layer. Type a number in any white cell: everything after it is computed again. Point at a result to see the row and the column that made it.</source>
            <extracomment>the questions on the notes' network: (table asked for, column, tables hidden until revealed)</extracomment>
            <translation>The network of the notes: 2 inputs, a layer of 3 units, a layer of 2, and 2 outputs. Each layer is one matrix product plus a bias, A = X·W + B, then its activation, Z = f(A), which feeds the next layer. Type a number in any white cell: everything after it is computed again. Point at a result to see the row and the column that made it.</translation>
        </message>
        <message>
            <source>The first product of the notes: a row of 2 numbers times a 2 × 3 matrix gives 3 numbers. Each is the row multiplied, number by number, with one column of W, and summed.</source>
            <translation>The first product of the notes: a row of 2 numbers times a 2 × 3 matrix gives 3 numbers. Each is the row multiplied, number by number, with one column of W, and summed.</translation>
        </message>
        <message>
            <source>Several samples at once: each row of X is one sample. The same product computes the layer for every row; the shapes gain a first size N, the number of rows: (N, 2)·(2, 3) → (N, 3).</source>
            <translation>Several samples at once: each row of X is one sample. The same product computes the layer for every row; the shapes gain a first size N, the number of rows: (N, 2)·(2, 3) → (N, 3).</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Next question</translation>
        </message>
        <message>
            <source>The notes' network</source>
            <translation>The notes' network</translation>
        </message>
        <message>
            <source>First example</source>
            <translation>First example</translation>
        </message>
        <message>
            <source>A batch</source>
            <translation>A batch</translation>
        </message>
        <message>
            <source>Stable softmax</source>
            <translation>Stable softmax</translation>
        </message>
        <message>
            <source>This model, this sample</source>
            <translation>This model, this sample</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Undo the last edit in this lab (Ctrl+Z)</source>
            <translation>Undo the last edit in this lab (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Redo (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>What is {0}? Work it out from the tables before it, then check (the cell shows ? until then).</source>
            <translation>What is {0}? Work it out from the tables before it, then check (the cell shows ? until then).</translation>
        </message>
    </context>
    <context>
        <name>GalleryModel</name>
        <message>
            <source>Test sample {0}: true {1}, predicted {2} with probability {3:.1%}</source>
            <extracomment>the shown samples' predictions changed (the samples and their order did not): repaint the view</extracomment>
            <translation>Test sample {0}: true {1}, predicted {2} with probability {3:.1%}</translation>
        </message>
    </context>
    <context>
        <name>GatePage</name>
        <message>
            <source>output</source>
            <translation>output</translation>
        </message>
        <message>
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <source>One unit adds its weighted inputs and the bias, z = w₁·x₁ + w₂·x₂ + b, and fires when z reaches 0. Where z = 0 is a straight line across the plane: on its blue side the unit says 1, on the orange side 0. Move a weight and watch the line and the table; each point is coloured by its target.</source>
            <translation>One unit adds its weighted inputs and the bias, z = w₁·x₁ + w₂·x₂ + b, and fires when z reaches 0. Where z = 0 is a straight line across the plane: on its blue side the unit says 1, on the orange side 0. Move a weight and watch the line and the table; each point is coloured by its target.</translation>
        </message>
        <message>
            <source>Another question</source>
            <translation>Another question</translation>
        </message>
        <message>
            <source>All 4 rows right: these weights realise {0}.</source>
            <translation>All 4 rows right: these weights realise {0}.</translation>
        </message>
        <message>
            <source>{0} of 4 rows right. No weights get all four: the 1s and 0s of {1} sit on opposite corners, and no straight line separates them. The learning-rule and two-layer pages show what happens and what works.</source>
            <translation>{0} of 4 rows right. No weights get all four: the 1s and 0s of {1} sit on opposite corners, and no straight line separates them. The learning-rule and two-layer pages show what happens and what works.</translation>
        </message>
        <message>
            <source>{0} of 4 rows right. Move the line until every point is on its colour's side.</source>
            <translation>{0} of 4 rows right. Move the line until every point is on its colour's side.</translation>
        </message>
    </context>
    <context>
        <name>GradientHint</name>
        <message>
            <source>{0} has derivative 0: gradient descent cannot train this layer; use the perceptron learning rule</source>
            <translation>{0} has derivative 0: gradient descent cannot train this layer; use the perceptron learning rule</translation>
        </message>
        <message>
            <source>Gradient descent cannot train this model: {0} has derivative 0 everywhere, so no gradient reaches the weights and the loss stays flat. Train step units with the perceptron learning rule (w ← w + η (y − ŷ) x), or choose sigmoid or tanh to train with gradient descent.</source>
            <translation>Gradient descent cannot train this model: {0} has derivative 0 everywhere, so no gradient reaches the weights and the loss stays flat. Train step units with the perceptron learning rule (w ← w + η (y − ŷ) x), or choose sigmoid or tanh to train with gradient descent.</translation>
        </message>
        <message>
            <source>Cannot be exported as Keras .h5: {0}</source>
            <translation>Cannot be exported as Keras .h5: {0}</translation>
        </message>
    </context>
    <context>
        <name>GradientView</name>
        <message>
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>mean |∂E/∂W| (log scale)</source>
            <translation>mean |∂E/∂W| (log scale)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vanishing gradients.&lt;/b&gt; Backpropagation multiplies by each layer's f′(z) on its way down. sigmoid's slope is at most 0.25 and near 0 where it saturates, so in a deep sigmoid stack the first layers get a tiny gradient and hardly learn: their lines sit far below the last layer's. ReLU's slope is 1 wherever a unit is active, and the lines stay close together. Try a stack of six sigmoid layers, then the same with relu.</source>
            <translation>&lt;b&gt;Vanishing gradients.&lt;/b&gt; Backpropagation multiplies by each layer's f′(z) on its way down. sigmoid's slope is at most 0.25 and near 0 where it saturates, so in a deep sigmoid stack the first layers get a tiny gradient and hardly learn: their lines sit far below the last layer's. ReLU's slope is 1 wherever a unit is active, and the lines stay close together. Try a stack of six sigmoid layers, then the same with relu.</translation>
        </message>
        <message>
            <source>Train the model to see each layer's gradient.</source>
            <translation>Train the model to see each layer's gradient.</translation>
        </message>
        <message>
            <source>Epoch {0}: the first layer's gradient is {1} of the last layer's.</source>
            <translation>Epoch {0}: the first layer's gradient is {1} of the last layer's.</translation>
        </message>
    </context>
    <context>
        <name>InitializerField</name>
        <message>
            <source>σ</source>
            <translation>σ</translation>
        </message>
        <message>
            <source>Standard deviation of the random normal values</source>
            <translation>Standard deviation of the random normal values</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>Standard deviation</translation>
        </message>
    </context>
    <context>
        <name>InputFields</name>
        <message>
            <source>Inputs</source>
            <translation>Inputs</translation>
        </message>
    </context>
    <context>
        <name>IrisPage</name>
        <message>
            <source>Real data: 150 iris flowers, two inputs (petal length and width in cm), target 1 for a setosa. Setosas have small petals, so a line separates them and the rule converges. scikit-learn's Perceptron(max_iter=1000, tol=1e-3, random_state=42) visits the flowers in a shuffled order and ends on another line, yet both classify every flower the same way.</source>
            <translation>Real data: 150 iris flowers, two inputs (petal length and width in cm), target 1 for a setosa. Setosas have small petals, so a line separates them and the rule converges. scikit-learn's Perceptron(max_iter=1000, tol=1e-3, random_state=42) visits the flowers in a shuffled order and ends on another line, yet both classify every flower the same way.</translation>
        </message>
        <message>
            <source>petal length (cm)</source>
            <translation>petal length (cm)</translation>
        </message>
        <message>
            <source>petal width (cm)</source>
            <translation>petal width (cm)</translation>
        </message>
        <message>
            <source>the rule's line</source>
            <translation>the rule's line</translation>
        </message>
        <message>
            <source>scikit-learn's line</source>
            <translation>scikit-learn's line</translation>
        </message>
        <message>
            <source>the query (2, 0.5)</source>
            <translation>the query (2, 0.5)</translation>
        </message>
        <message>
            <source>Run the rule on the 150 flowers</source>
            <translation>Run the rule on the 150 flowers</translation>
        </message>
        <message>
            <source>scikit-learn's Perceptron: fitting…</source>
            <translation>scikit-learn's Perceptron: fitting…</translation>
        </message>
        <message>
            <source>The rule (η = 1, zero start, flowers in order) converged after {0} epochs: w = ({1}, {2}), b = {3}. A flower with petals 2 cm × 0.5 cm → {4} (setosa).</source>
            <translation>The rule (η = 1, zero start, flowers in order) converged after {0} epochs: w = ({1}, {2}), b = {3}. A flower with petals 2 cm × 0.5 cm → {4} (setosa).</translation>
        </message>
        <message>
            <source>The comparison with scikit-learn's Perceptron needs scikit-learn, which this build does not include.</source>
            <translation>The comparison with scikit-learn's Perceptron needs scikit-learn, which this build does not include.</translation>
        </message>
        <message>
            <source>scikit-learn: w = ({0}, {1}), b = {2}. They agree on {3} of 150 flowers, and both get all 150 right.</source>
            <translation>scikit-learn: w = ({0}, {1}), b = {2}. They agree on {3} of 150 flowers, and both get all 150 right.</translation>
        </message>
    </context>
    <context>
        <name>LayerCardDelegate</name>
        <message>
            <source>{0} features</source>
            <translation>{0} features</translation>
        </message>
        <message>
            <source>shape {0}</source>
            <translation>shape {0}</translation>
        </message>
        <message>
            <source>1 unit</source>
            <translation>1 unit</translation>
        </message>
        <message>
            <source>{0} units</source>
            <translation>{0} units</translation>
        </message>
        <message>
            <source>no bias</source>
            <translation>no bias</translation>
        </message>
        <message>
            <source>regularized</source>
            <translation>regularized</translation>
        </message>
        <message>
            <source>rate {0}</source>
            <translation>rate {0}</translation>
        </message>
        <message>
            <source>momentum {0}</source>
            <translation>momentum {0}</translation>
        </message>
        <message>
            <source>to one vector</source>
            <translation>to one vector</translation>
        </message>
        <message>
            <source>{0} p</source>
            <translation>{0} p</translation>
        </message>
    </context>
    <context>
        <name>LayerInspector</name>
        <message>
            <source>Layer inspector</source>
            <translation>Layer inspector</translation>
        </message>
        <message>
            <source>The layer's name (unique; Keras uses it for weights and summaries)</source>
            <translation>The layer's name (unique; Keras uses it for weights and summaries)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. 2  or  28, 28</source>
            <translation>e.g. 2  or  28, 28</translation>
        </message>
        <message>
            <source>Comma-separated positive whole numbers: features, or height, width</source>
            <translation>Comma-separated positive whole numbers: features, or height, width</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Shape</translation>
        </message>
        <message>
            <source>Number of neurons (units) = size of the output</source>
            <translation>Number of neurons (units) = size of the output</translation>
        </message>
        <message>
            <source>Add a bias b to each unit</source>
            <translation>Add a bias b to each unit</translation>
        </message>
        <message>
            <source>How the weights W get their random starting values</source>
            <translation>How the weights W get their random starting values</translation>
        </message>
        <message>
            <source>Starting values of the biases b</source>
            <translation>Starting values of the biases b</translation>
        </message>
        <message>
            <source>L1 penalty on the weights: adds l1·Σ|w| to the loss (0 = off)</source>
            <translation>L1 penalty on the weights: adds l1·Σ|w| to the loss (0 = off)</translation>
        </message>
        <message>
            <source>L2 penalty on the weights: adds l2·Σw² to the loss (0 = off)</source>
            <translation>L2 penalty on the weights: adds l2·Σw² to the loss (0 = off)</translation>
        </message>
        <message>
            <source>y = x·scale + offset for every value. Scale 1/255 ≈ 0.00392 turns pixels 0 – 255 into 0 – 1, so a saved model takes raw pixels. No weights.</source>
            <translation>y = x·scale + offset for every value. Scale 1/255 ≈ 0.00392 turns pixels 0 – 255 into 0 – 1, so a saved model takes raw pixels. No weights.</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Every value is multiplied by this (1/255 ≈ 0.00392 for pixels)</source>
            <translation>Every value is multiplied by this (1/255 ≈ 0.00392 for pixels)</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Offset</translation>
        </message>
        <message>
            <source>Added after scaling (e.g. −1 with scale 1/127.5 gives values from −1 to 1)</source>
            <translation>Added after scaling (e.g. −1 with scale 1/127.5 gives values from −1 to 1)</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Activation</translation>
        </message>
        <message>
            <source>Bias</source>
            <translation>Bias</translation>
        </message>
        <message>
            <source>Weight init.</source>
            <translation>Weight init.</translation>
        </message>
        <message>
            <source>Bias init.</source>
            <translation>Bias init.</translation>
        </message>
        <message>
            <source>L1 (weights)</source>
            <translation>L1 (weights)</translation>
        </message>
        <message>
            <source>L2 (weights)</source>
            <translation>L2 (weights)</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Fraction of the values set to 0 while training (0 – 0.95)</source>
            <translation>Fraction of the values set to 0 while training (0 – 0.95)</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>How slowly the running mean and variance follow the batches (0 – 1)</source>
            <translation>How slowly the running mean and variance follow the batches (0 – 1)</translation>
        </message>
        <message>
            <source>Small number ε added to the variance to avoid dividing by 0</source>
            <translation>Small number ε added to the variance to avoid dividing by 0</translation>
        </message>
        <message>
            <source>Learn a shift β (center)</source>
            <translation>Learn a shift β (center)</translation>
        </message>
        <message>
            <source>Learn a scale γ (scale)</source>
            <translation>Learn a scale γ (scale)</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Momentum</translation>
        </message>
        <message>
            <source>Epsilon</source>
            <translation>Epsilon</translation>
        </message>
        <message>
            <source>Inputs (earlier layers):</source>
            <translation>Inputs (earlier layers):</translation>
        </message>
        <message>
            <source>Inputs of the Concatenate layer</source>
            <translation>Inputs of the Concatenate layer</translation>
        </message>
        <message>
            <source>Wide &amp; Deep: tick the Input to join it with the last hidden layer. A new Concatenate takes the layer just before it.</source>
            <translation>Wide &amp; Deep: tick the Input to join it with the last hidden layer. A new Concatenate takes the layer just before it.</translation>
        </message>
        <message>
            <source>{0} has no settings.</source>
            <translation>{0} has no settings.</translation>
        </message>
        <message>
            <source>{0} layers selected. Select one layer to change its settings.</source>
            <translation>{0} layers selected. Select one layer to change its settings.</translation>
        </message>
        <message>
            <source>Select a layer in the stack to see and change its settings.</source>
            <translation>Select a layer in the stack to see and change its settings.</translation>
        </message>
        <message>
            <source>Output {0} · {1} parameters</source>
            <translation>Output {0} · {1} parameters</translation>
        </message>
        <message>
            <source>⚠ {0}</source>
            <translation>⚠ {0}</translation>
        </message>
        <message>
            <source>{0}  ({1}, below this layer: untick it or move this layer down)</source>
            <translation>{0}  ({1}, below this layer: untick it or move this layer down)</translation>
        </message>
        <message>
            <source>Enter positive whole numbers separated by commas, e.g. 2 or 28, 28.</source>
            <translation>Enter positive whole numbers separated by commas, e.g. 2 or 28, 28.</translation>
        </message>
        <message>
            <source>Rename {0} to {1}</source>
            <translation>Rename {0} to {1}</translation>
        </message>
        <message>
            <source>A layer name cannot be empty.</source>
            <translation>A layer name cannot be empty.</translation>
        </message>
        <message>
            <source>A layer name cannot contain “/”.</source>
            <translation>A layer name cannot contain “/”.</translation>
        </message>
        <message>
            <source>The name “{0}” is already used by another layer.</source>
            <translation>The name “{0}” is already used by another layer.</translation>
        </message>
        <message>
            <source>Connect {0} to {1}</source>
            <translation>Connect {0} to {1}</translation>
        </message>
        <message>
            <source>y = activation(x·W + b): each unit (neuron) weighs every input, adds its bias and applies the activation function.</source>
            <translation>y = activation(x·W + b): each unit (neuron) weighs every input, adds its bias and applies the activation function.</translation>
        </message>
        <message>
            <source>The features of one sample enter here. Shape: the number of input columns (e.g. 2), or height, width for images (e.g. 28, 28).</source>
            <translation>The features of one sample enter here. Shape: the number of input columns (e.g. 2), or height, width for images (e.g. 28, 28).</translation>
        </message>
        <message>
            <source>y = f(x) for every value. No weights: it only makes the network non-linear.</source>
            <translation>y = f(x) for every value. No weights: it only makes the network non-linear.</translation>
        </message>
        <message>
            <source>While training, each value becomes 0 with probability rate (the rest are scaled by 1/(1 − rate)). When predicting, values pass unchanged.</source>
            <translation>While training, each value becomes 0 with probability rate (the rest are scaled by 1/(1 − rate)). When predicting, values pass unchanged.</translation>
        </message>
        <message>
            <source>y = γ·(x − mean)/√(variance + ε) + β, with the batch's mean and variance while training and their running averages when predicting.</source>
            <translation>y = γ·(x − mean)/√(variance + ε) + β, with the batch's mean and variance while training and their running averages when predicting.</translation>
        </message>
        <message>
            <source>Reshapes (height, width) into one vector of height·width values so a Dense layer can read it. No weights.</source>
            <translation>Reshapes (height, width) into one vector of height·width values so a Dense layer can read it. No weights.</translation>
        </message>
        <message>
            <source>Joins the outputs of the ticked layers side by side: their features one after another.</source>
            <translation>Joins the outputs of the ticked layers side by side: their features one after another.</translation>
        </message>
        <message>
            <source>f(z) = z: no non-linearity (regression outputs)</source>
            <translation>f(z) = z: no non-linearity (regression outputs)</translation>
        </message>
        <message>
            <source>1 if z ≥ 0, else 0: the perceptron's step function (no gradient)</source>
            <translation>1 if z ≥ 0, else 0: the perceptron's step function (no gradient)</translation>
        </message>
        <message>
            <source>+1 if z ≥ 0, else −1 (no gradient)</source>
            <translation>+1 if z ≥ 0, else −1 (no gradient)</translation>
        </message>
        <message>
            <source>1 / (1 + e^−z), between 0 and 1 (binary classification outputs)</source>
            <translation>1 / (1 + e^−z), between 0 and 1 (binary classification outputs)</translation>
        </message>
        <message>
            <source>hyperbolic tangent, between −1 and 1, centred on 0</source>
            <translation>hyperbolic tangent, between −1 and 1, centred on 0</translation>
        </message>
        <message>
            <source>max(0, z): the usual choice for hidden layers</source>
            <translation>max(0, z): the usual choice for hidden layers</translation>
        </message>
        <message>
            <source>z if z &gt; 0, else 0.2·z</source>
            <translation>z if z &gt; 0, else 0.2·z</translation>
        </message>
        <message>
            <source>z if z &gt; 0, else e^z − 1</source>
            <translation>z if z &gt; 0, else e^z − 1</translation>
        </message>
        <message>
            <source>ln(1 + e^z): a smooth ReLU</source>
            <translation>ln(1 + e^z): a smooth ReLU</translation>
        </message>
        <message>
            <source>turns the outputs into probabilities that add up to 1 (multi-class outputs)</source>
            <translation>turns the outputs into probabilities that add up to 1 (multi-class outputs)</translation>
        </message>
    </context>
    <context>
        <name>LayerPalette</name>
        <message>
            <source>Layer palette</source>
            <translation>Layer palette</translation>
        </message>
        <message>
            <source>Drag a layer onto the stack, or press Enter to append it.</source>
            <translation>Drag a layer onto the stack, or press Enter to append it.</translation>
        </message>
        <message>
            <source>Drag a layer onto the stack, or double-click it (Enter) to append it.</source>
            <translation>Drag a layer onto the stack, or double-click it (Enter) to append it.</translation>
        </message>
        <message>
            <source>fully connected layer</source>
            <translation>fully connected layer</translation>
        </message>
        <message>
            <source>input layer</source>
            <translation>input layer</translation>
        </message>
        <message>
            <source>randomly drops values</source>
            <translation>randomly drops values</translation>
        </message>
        <message>
            <source>activation function</source>
            <translation>activation function</translation>
        </message>
        <message>
            <source>batch normalization</source>
            <translation>batch normalization</translation>
        </message>
        <message>
            <source>joins layers side by side</source>
            <translation>joins layers side by side</translation>
        </message>
        <message>
            <source>image to vector</source>
            <translation>image to vector</translation>
        </message>
        <message>
            <source>Input: where the features of one sample enter the network.</source>
            <translation>Input: where the features of one sample enter the network.</translation>
        </message>
        <message>
            <source>Dense (fully connected): every neuron takes every input, multiplies it by a weight, adds a bias and applies an activation function: y = f(x·W + b).</source>
            <translation>Dense (fully connected): every neuron takes every input, multiplies it by a weight, adds a bias and applies an activation function: y = f(x·W + b).</translation>
        </message>
        <message>
            <source>Dropout: during training, sets a random fraction of the values to zero so the network cannot rely on single neurons. Helps against overfitting; does nothing when predicting.</source>
            <translation>Dropout: during training, sets a random fraction of the values to zero so the network cannot rely on single neurons. Helps against overfitting; does nothing when predicting.</translation>
        </message>
        <message>
            <source>Activation: applies a function such as ReLU, sigmoid or tanh to every value. It has no weights; it makes the network non-linear.</source>
            <translation>Activation: applies a function such as ReLU, sigmoid or tanh to every value. It has no weights; it makes the network non-linear.</translation>
        </message>
        <message>
            <source>Batch normalization: rescales each feature to mean 0 and variance 1 over the batch, then learns a scale and shift. Often makes training faster and steadier.</source>
            <translation>Batch normalization: rescales each feature to mean 0 and variance 1 over the batch, then learns a scale and shift. Often makes training faster and steadier.</translation>
        </message>
        <message>
            <source>Concatenate: joins the outputs of two or more earlier layers side by side. Wide &amp; Deep networks join the Input with the last hidden layer.</source>
            <translation>Concatenate: joins the outputs of two or more earlier layers side by side. Wide &amp; Deep networks join the Input with the last hidden layer.</translation>
        </message>
        <message>
            <source>Flatten: turns an image (height × width) into one long vector so a Dense layer can read it. It has no weights.</source>
            <translation>Flatten: turns an image (height × width) into one long vector so a Dense layer can read it. It has no weights.</translation>
        </message>
        <message>
            <source>scales values (÷ 255)</source>
            <translation>scales values (÷ 255)</translation>
        </message>
        <message>
            <source>Rescaling: multiplies every value by a scale and adds an offset: y = x·scale + offset. With scale 1/255 the model takes raw pixels (0 – 255) and sees values from 0 to 1. It has no weights.</source>
            <translation>Rescaling: multiplies every value by a scale and adds an offset: y = x·scale + offset. With scale 1/255 the model takes raw pixels (0 – 255) and sees values from 0 to 1. It has no weights.</translation>
        </message>
    </context>
    <context>
        <name>Learn</name>
        <message>
            <source>Perceptron and logic gates</source>
            <translation>Perceptron and logic gates</translation>
        </message>
        <message>
            <source>Forward pass as matrices</source>
            <translation>Forward pass as matrices</translation>
        </message>
        <message>
            <source>Backpropagation on a graph</source>
            <translation>Backpropagation on a graph</translation>
        </message>
        <message>
            <source>Gradient descent and losses</source>
            <translation>Gradient descent and losses</translation>
        </message>
        <message>
            <source>1. Neurons, perceptrons and logic gates</source>
            <extracomment>the notes' recipes, opened from the Learn menu as example projects (file stems in resources/examples)</extracomment>
            <translation>1. Neurons, perceptrons and logic gates</translation>
        </message>
        <message>
            <source>2. The forward pass as matrices</source>
            <translation>2. The forward pass as matrices</translation>
        </message>
        <message>
            <source>3. How a network learns</source>
            <translation>3. How a network learns</translation>
        </message>
        <message>
            <source>Experiments</source>
            <translation>Experiments</translation>
        </message>
        <message>
            <source>&amp;Sweep settings…</source>
            <translation>&amp;Sweep settings…</translation>
        </message>
        <message>
            <source>Train every combination of one or two settings' values and compare the runs</source>
            <translation>Train every combination of one or two settings' values and compare the runs</translation>
        </message>
        <message>
            <source>Learning-rate r&amp;ace</source>
            <translation>Learning-rate r&amp;ace</translation>
        </message>
        <message>
            <source>Train four learning rates side by side and overlay their loss curves</source>
            <translation>Train four learning rates side by side and overlay their loss curves</translation>
        </message>
        <message>
            <source>Recipes from the notes</source>
            <translation>Recipes from the notes</translation>
        </message>
        <message>
            <source>Open a &amp;recipe</source>
            <translation>Open a &amp;recipe</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>Which learning curve to show</source>
            <extracomment>the legend moves to another corner only when that hides more than this many fewer curve points the steadied ranges (``_RangeAnchor``) reach this fraction beyond the data's nice bounds an empty plot's axes reach this fraction beyond 0 and 1 (room for the end ticks' labels) the per-batch curve shows at most about this many points (means of consecutive batches beyond that)</extracomment>
            <translation>Which learning curve to show</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Per batch</source>
            <translation>Per batch</translation>
        </message>
        <message>
            <source>Also draw the loss of every batch (thin, light curve); the thick curve is the epoch's average.</source>
            <translation>Also draw the loss of every batch (thin, light curve); the thick curve is the epoch's average.</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Log scale</translation>
        </message>
        <message>
            <source>Logarithmic y axis: small losses late in training stay visible</source>
            <translation>Logarithmic y axis: small losses late in training stay visible</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Image (PNG)…</source>
            <translation>Image (PNG)…</translation>
        </message>
        <message>
            <source>Vector image (SVG)…</source>
            <translation>Vector image (SVG)…</translation>
        </message>
        <message>
            <source>History as CSV…</source>
            <translation>History as CSV…</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>accuracy</translation>
        </message>
        <message>
            <source>training</source>
            <extracomment>which live curves the legend names: (training, validation), each only once it has points (an empty plot, or past runs shown before any run of this session, list no "training" without its line) past runs drawn over the live curves (the Runs panel's selection) the folder Export's dialog starts in (the window sets it: the project's, else the last used one)</extracomment>
            <translation>training</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>validation</translation>
        </message>
        <message>
            <source>mean absolute error (MAE)</source>
            <translation>mean absolute error (MAE)</translation>
        </message>
        <message>
            <source>mean squared error (MSE)</source>
            <translation>mean squared error (MSE)</translation>
        </message>
        <message>
            <source>best epoch {0}</source>
            <translation>best epoch {0}</translation>
        </message>
        <message>
            <source>weights restored</source>
            <translation>weights restored</translation>
        </message>
        <message>
            <source>EarlyStopping's best epoch: {0} was best here</source>
            <translation>EarlyStopping's best epoch: {0} was best here</translation>
        </message>
        <message>
            <source>epoch {0}</source>
            <translation>epoch {0}</translation>
        </message>
        <message>
            <source>best epoch (EarlyStopping)</source>
            <translation>best epoch (EarlyStopping)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG image (*.svg)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <source>Export learning curves</source>
            <translation>Export learning curves</translation>
        </message>
        <message>
            <source>Could not write {0}: {1}</source>
            <translation>Could not write {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>LossesPage</name>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Huber δ</source>
            <translation>Huber δ</translation>
        </message>
        <message>
            <source>label 1 (the right class)</source>
            <translation>label 1 (the right class)</translation>
        </message>
        <message>
            <source>label 0</source>
            <translation>label 0</translation>
        </message>
        <message>
            <source>MSE</source>
            <translation>MSE</translation>
        </message>
        <message>
            <source>MAE</source>
            <translation>MAE</translation>
        </message>
        <message>
            <source>Huber</source>
            <translation>Huber</translation>
        </message>
        <message>
            <source>prediction</source>
            <translation>prediction</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>derivative</source>
            <translation>derivative</translation>
        </message>
        <message>
            <source>predicted probability p</source>
            <translation>predicted probability p</translation>
        </message>
        <message>
            <source>binary cross-entropy</source>
            <translation>binary cross-entropy</translation>
        </message>
        <message>
            <source>categorical (3 classes)</source>
            <translation>categorical (3 classes)</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>accuracy</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>&amp;Target</translation>
        </message>
        <message>
            <source>Huber &amp;δ</source>
            <translation>Huber &amp;δ</translation>
        </message>
        <message>
            <source>Class la&amp;bel</source>
            <translation>Class la&amp;bel</translation>
        </message>
        <message>
            <source>MSE punishes a miss by its square, so its slope grows with the miss; MAE's slope is always ±1; Huber is MSE up to δ and MAE beyond.</source>
            <translation>MSE punishes a miss by its square, so its slope grows with the miss; MAE's slope is always ±1; Huber is MSE up to δ and MAE beyond.</translation>
        </message>
        <message>
            <source>Cross-entropy grows without bound as the probability of the right class goes to 0, and its slope says which way to move. Accuracy jumps from 0 to 1 at p = 0.5 and is flat everywhere else: its derivative is 0 almost everywhere, so it gives gradient descent no direction. That is why it is a metric, not the loss.</source>
            <translation>Cross-entropy grows without bound as the probability of the right class goes to 0, and its slope says which way to move. Accuracy jumps from 0 to 1 at p = 0.5 and is flat everywhere else: its derivative is 0 almost everywhere, so it gives gradient descent no direction. That is why it is a metric, not the loss.</translation>
        </message>
        <message>
            <source>One point (x = 8) sits 12 above the others. Fitted lines miss the clean line there by: MSE {0}, MAE {1}, Huber {2}. Squaring lets the outlier drag MSE's line; MAE and Huber give it a bounded pull.</source>
            <translation>One point (x = 8) sits 12 above the others. Fitted lines miss the clean line there by: MSE {0}, MAE {1}, Huber {2}. Squaring lets the outlier drag MSE's line; MAE and Huber give it a bounded pull.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;opened project&gt;</source>
            <translation>&lt;opened project&gt;</translation>
        </message>
        <message>
            <source>Training is running: pause or stop the training to edit the model.</source>
            <translation>Training is running: pause or stop the training to edit the model.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Layers</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>Undo history</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Network diagram</source>
            <translation>Network diagram</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Activations</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Runs</translation>
        </message>
        <message>
            <source>Training controls</source>
            <translation>Training controls</translation>
        </message>
        <message>
            <source>Train or pause</source>
            <translation>Train or pause</translation>
        </message>
        <message>
            <source>Challenge</source>
            <translation>Challenge</translation>
        </message>
        <message>
            <source>“{0}” in the Data panel makes the model match the data.</source>
            <translation>“{0}” in the Data panel makes the model match the data.</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>untitled</translation>
        </message>
        <message>
            <source>Kept the trained weights of {0}</source>
            <translation>Kept the trained weights of {0}</translation>
        </message>
        <message>
            <source>new initial weights for {0} (new, or its weight shapes changed)</source>
            <translation>new initial weights for {0} (new, or its weight shapes changed)</translation>
        </message>
        <message>
            <source>Play trains the edited model (with a fresh optimizer).</source>
            <translation>Play trains the edited model (with a fresh optimizer).</translation>
        </message>
        <message>
            <source>Pause or stop the training to edit the model</source>
            <translation>Pause or stop the training to edit the model</translation>
        </message>
        <message>
            <source>Pause or stop the training to change the data</source>
            <translation>Pause or stop the training to change the data</translation>
        </message>
        <message>
            <source>The network has imported or edited weights</source>
            <translation>The network has imported or edited weights</translation>
        </message>
        <message>
            <source>You changed a model whose weights were imported or typed in. Reset the weights now?</source>
            <translation>You changed a model whose weights were imported or typed in. Reset the weights now?</translation>
        </message>
        <message>
            <source>Reset: those weights are dropped; Play starts from new initial weights.
Keep: layers whose weight shapes did not change keep their weights, the others get new initial weights; Play trains the edited model from there.
Cancel: undo the edit.</source>
            <translation>Reset: those weights are dropped; Play starts from new initial weights.
Keep: layers whose weight shapes did not change keep their weights, the others get new initial weights; Play trains the edited model from there.
Cancel: undo the edit.</translation>
        </message>
        <message>
            <source>The network has trained weights</source>
            <translation>The network has trained weights</translation>
        </message>
        <message>
            <source>You changed the model after training. Reset the weights now?</source>
            <translation>You changed the model after training. Reset the weights now?</translation>
        </message>
        <message>
            <source>Reset: the trained weights and curves are cleared; Play starts from new weights.
Keep: layers whose weight shapes did not change keep their trained weights, the others get new initial weights; Play trains the edited model from there.
Cancel: undo the edit.</source>
            <translation>Reset: the trained weights and curves are cleared; Play starts from new weights.
Keep: layers whose weight shapes did not change keep their trained weights, the others get new initial weights; Play trains the edited model from there.
Cancel: undo the edit.</translation>
        </message>
        <message>
            <source>Reset weights</source>
            <translation>Reset weights</translation>
        </message>
        <message>
            <source>Keep weights</source>
            <translation>Keep weights</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>The new language is used from the next start.</translation>
        </message>
        <message>
            <source>Training is running</source>
            <translation>Training is running</translation>
        </message>
        <message>
            <source>Stop the training and close annstudio?</source>
            <translation>Stop the training and close annstudio?</translation>
        </message>
    </context>
    <context>
        <name>MatrixTable</name>
        <message>
            <source>Type a number in a cell; everything after it is computed again.</source>
            <extracomment>what produced the hovered result (the row of X, the column of W), and the result cell itself</extracomment>
            <translation>Type a number in a cell; everything after it is computed again.</translation>
        </message>
        <message>
            <source>{0}[{1}]: {2} — the cell keeps {3}.</source>
            <translation>{0}[{1}]: {2} — the cell keeps {3}.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>Start a new project</source>
            <translation>Start a new project</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open a project file (.annproj)</source>
            <translation>Open a project file (.annproj)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>&amp;Examples</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Save the project</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>Save the project under a new name</source>
            <translation>Save the project under a new name</translation>
        </message>
        <message>
            <source>&amp;Import Keras model (.h5, .keras)…</source>
            <translation>&amp;Import Keras model (.h5, .keras)…</translation>
        </message>
        <message>
            <source>Replace the model with one from a Keras .h5 or .keras file</source>
            <translation>Replace the model with one from a Keras .h5 or .keras file</translation>
        </message>
        <message>
            <source>&amp;Export Keras model (.h5, .keras)…</source>
            <translation>&amp;Export Keras model (.h5, .keras)…</translation>
        </message>
        <message>
            <source>Save the model and its weights as a Keras file (.h5 or .keras)</source>
            <translation>Save the model and its weights as a Keras file (.h5 or .keras)</translation>
        </message>
        <message>
            <source>Export &amp;code</source>
            <translation>Export &amp;code</translation>
        </message>
        <message>
            <source>&amp;Python script…</source>
            <translation>&amp;Python script…</translation>
        </message>
        <message>
            <source>Write the project as a runnable Keras or NumPy script</source>
            <translation>Write the project as a runnable Keras or NumPy script</translation>
        </message>
        <message>
            <source>&amp;Jupyter notebook…</source>
            <translation>&amp;Jupyter notebook…</translation>
        </message>
        <message>
            <source>Write the project as a Jupyter notebook of Keras code</source>
            <translation>Write the project as a Jupyter notebook of Keras code</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>Cut the selected layers</source>
            <translation>Cut the selected layers</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy the selected layers</source>
            <translation>Copy the selected layers</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Paste layers after the selection</source>
            <translation>Paste layers after the selection</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplicate</translation>
        </message>
        <message>
            <source>Duplicate the selected layers</source>
            <translation>Duplicate the selected layers</translation>
        </message>
        <message>
            <source>&amp;Delete layer</source>
            <translation>&amp;Delete layer</translation>
        </message>
        <message>
            <source>Delete the selected layers</source>
            <translation>Delete the selected layers</translation>
        </message>
        <message>
            <source>C&amp;hallenge…</source>
            <translation>C&amp;hallenge…</translation>
        </message>
        <message>
            <source>For teachers: set the goal and the locked or hidden controls</source>
            <translation>For teachers: set the goal and the locked or hidden controls</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>Pre&amp;ferences…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Reset &amp;layout</source>
            <translation>Reset &amp;layout</translation>
        </message>
        <message>
            <source>Put every panel back in its place</source>
            <translation>Put every panel back in its place</translation>
        </message>
        <message>
            <source>&amp;Learn</source>
            <translation>&amp;Learn</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About annstudio</source>
            <translation>&amp;About annstudio</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Clear the list</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>column {number}</source>
            <translation>column {number}</translation>
        </message>
        <message>
            <source>{path}: not a text file in UTF-8 or CP949 encoding; save it as 'CSV UTF-8'</source>
            <translation>{path}: not a text file in UTF-8 or CP949 encoding; save it as 'CSV UTF-8'</translation>
        </message>
        <message>
            <source>column {number} ({name!r})</source>
            <translation>column {number} ({name!r})</translation>
        </message>
        <message>
            <source>the CSV file to import</source>
            <translation>the CSV file to import</translation>
        </message>
        <message>
            <source>{path}: the file is empty</source>
            <translation>{path}: the file is empty</translation>
        </message>
        <message>
            <source>{path}: found only one column (delimiter {delimiter}); a data set needs at least one feature column and a target column — check the 'delimiter' parameter</source>
            <translation>{path}: found only one column (delimiter {delimiter}); a data set needs at least one feature column and a target column — check the 'delimiter' parameter</translation>
        </message>
        <message>
            <source>{path}: needs at least 2 data rows, found {count}</source>
            <translation>{path}: needs at least 2 data rows, found {count}</translation>
        </message>
        <message>
            <source>parameter 'path' = {path!r}: no such file</source>
            <translation>parameter 'path' = {path!r}: no such file</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({reason})</source>
            <translation>{path}: cannot be read ({reason})</translation>
        </message>
        <message>
            <source>{path}: line {line} has {count} fields but line {first} has {width} (delimiter {delimiter})</source>
            <translation>{path}: line {line} has {count} fields but line {first} has {width} (delimiter {delimiter})</translation>
        </message>
        <message>
            <source>missing value in {label} at line {line} (data row {row}); fill it in or delete the row</source>
            <translation>missing value in {label} at line {line} (data row {row}); fill it in or delete the row</translation>
        </message>
        <message>
            <source>{label} has {field!r} at line {line} (data row {row}); only finite numbers are accepted</source>
            <translation>{label} has {field!r} at line {line} (data row {row}); only finite numbers are accepted</translation>
        </message>
        <message>
            <source>missing value in the target {label} at line {line} (data row {row}); fill it in or delete the row</source>
            <translation>missing value in the target {label} at line {line} (data row {row}); fill it in or delete the row</translation>
        </message>
        <message>
            <source>the target {label} has only one class ({name!r}) in all {count} rows; a classifier needs at least 2 classes — pick another target or task='regression'</source>
            <translation>the target {label} has only one class ({name!r}) in all {count} rows; a classifier needs at least 2 classes — pick another target or task='regression'</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>the number of epochs</source>
            <translation>the number of epochs</translation>
        </message>
        <message>
            <source>the activation choice</source>
            <translation>the activation choice</translation>
        </message>
        <message>
            <source>the columns must be a list of {{'name': ..., 'categories': [...]}}</source>
            <translation>the columns must be a list of {{'name': ..., 'categories': [...]}}</translation>
        </message>
        <message>
            <source>the columns name one column twice: {names}</source>
            <translation>the columns name one column twice: {names}</translation>
        </message>
        <message>
            <source>the columns make {count} features but the model takes {size}</source>
            <translation>the columns make {count} features but the model takes {size}</translation>
        </message>
        <message>
            <source>each column must be {{'name': text}} or {{'name': text, 'categories': [texts]}}; got {value!r}</source>
            <translation>each column must be {{'name': text}} or {{'name': text, 'categories': [texts]}}; got {value!r}</translation>
        </message>
        <message>
            <source>no column named {missing}: the model reads the columns {names} of its data file (the file's header has {header})</source>
            <translation>no column named {missing}: the model reads the columns {names} of its data file (the file's header has {header})</translation>
        </message>
        <message>
            <source>the categories of column {name!r} must be 1 to {limit} different texts</source>
            <translation>the categories of column {name!r} must be 1 to {limit} different texts</translation>
        </message>
        <message>
            <source>line {line}, column {name!r}: {field!r} is not one of the texts the model was trained on ({texts})</source>
            <translation>line {line}, column {name!r}: {field!r} is not one of the texts the model was trained on ({texts})</translation>
        </message>
        <message>
            <source>line {line}, column {name!r}: {field!r} is not a number</source>
            <translation>line {line}, column {name!r}: {field!r} is not a number</translation>
        </message>
        <message>
            <source>not valid CSV near line {line} ({problem})</source>
            <translation>not valid CSV near line {line} ({problem})</translation>
        </message>
        <message>
            <source>line {line} has a field of more than {limit:,} characters, which is not a value a data file holds</source>
            <translation>line {line} has a field of more than {limit:,} characters, which is not a value a data file holds</translation>
        </message>
        <message>
            <source>{path}: line {line}: a quoted field goes on past the end of the line (to line {end}, the end of the file); a closing quote (") is probably missing</source>
            <translation>{path}: line {line}: a quoted field goes on past the end of the line (to line {end}, the end of the file); a closing quote (") is probably missing</translation>
        </message>
        <message>
            <source>{label} has {field!r} at line {line} (data row {row}), beyond the largest number training computes with (float32: ±{max:.4g})</source>
            <translation>{label} has {field!r} at line {line} (data row {row}), beyond the largest number training computes with (float32: ±{max:.4g})</translation>
        </message>
        <message>
            <source> (decimal commas are not supported; write 1.5, not 1,5)</source>
            <translation> (decimal commas are not supported; write 1.5, not 1,5)</translation>
        </message>
        <message>
            <source>the target {label}</source>
            <translation>the target {label}</translation>
        </message>
        <message>
            <source>{part} {what}: the value {value:.6g} at sample {row}, feature {column} is beyond the largest number training computes with (float32: ±{max:.4g})</source>
            <translation>{part} {what}: the value {value:.6g} at sample {row}, feature {column} is beyond the largest number training computes with (float32: ±{max:.4g})</translation>
        </message>
        <message>
            <source>training</source>
            <translation>training</translation>
        </message>
        <message>
            <source>test</source>
            <translation>test</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>validation</translation>
        </message>
        <message>
            <source>unknown task {task!r}; accepted: {names}</source>
            <translation>unknown task {task!r}; accepted: {names}</translation>
        </message>
        <message>
            <source>{part} inputs x have shape {shape}; expected (n_samples, n_features) or (n_samples, height, width){hint}</source>
            <translation>{part} inputs x have shape {shape}; expected (n_samples, n_features) or (n_samples, height, width){hint}</translation>
        </message>
        <message>
            <source>the {part} set is empty (0 samples)</source>
            <translation>the {part} set is empty (0 samples)</translation>
        </message>
        <message>
            <source>{part} inputs x must be numbers; got dtype {dtype}</source>
            <translation>{part} inputs x must be numbers; got dtype {dtype}</translation>
        </message>
        <message>
            <source>{part} set: x has {shape} samples but y has {value}; they must match</source>
            <translation>{part} set: x has {shape} samples but y has {value}; they must match</translation>
        </message>
        <message>
            <source> — looks one-hot; pass class labels (argmax over axis 1)</source>
            <translation> — looks one-hot; pass class labels (argmax over axis 1)</translation>
        </message>
        <message>
            <source>{task} targets y must be class labels with shape (n,); the {part} y has shape {shape}{hint}</source>
            <translation>{task} targets y must be class labels with shape (n,); the {part} y has shape {shape}{hint}</translation>
        </message>
        <message>
            <source>{part} labels must be &gt;= 0; found {lo} at sample {value}</source>
            <translation>{part} labels must be &gt;= 0; found {lo} at sample {value}</translation>
        </message>
        <message>
            <source>binary labels must be 0 or 1; the {part} y contains {hi} — use task 'multiclass'</source>
            <translation>binary labels must be 0 or 1; the {part} y contains {hi} — use task 'multiclass'</translation>
        </message>
        <message>
            <source>{part} labels must be &lt; {n_classes} (the number of classes); found {hi}</source>
            <translation>{part} labels must be &lt; {n_classes} (the number of classes); found {hi}</translation>
        </message>
        <message>
            <source>the {part} target has only {found} class ({y}); a classifier needs at least {min_classes} classes — check the target column or the split</source>
            <translation>the {part} target has only {found} class ({y}); a classifier needs at least {min_classes} classes — check the target column or the split</translation>
        </message>
        <message>
            <source>{part} inputs x contain {value} (first at sample {row}); remove or fill missing values</source>
            <translation>{part} inputs x contain {value} (first at sample {row}); remove or fill missing values</translation>
        </message>
        <message>
            <source>regression targets y must have shape (n, outputs); the {part} y has shape {shape}{hint}</source>
            <translation>regression targets y must have shape (n, outputs); the {part} y has shape {shape}{hint}</translation>
        </message>
        <message>
            <source>regression targets y must be numbers; the {part} y has dtype {dtype}</source>
            <translation>regression targets y must be numbers; the {part} y has dtype {dtype}</translation>
        </message>
        <message>
            <source>{part} targets y contain NaN or inf (first at sample {row})</source>
            <translation>{part} targets y contain NaN or inf (first at sample {row})</translation>
        </message>
        <message>
            <source>{part} labels y contain NaN or inf (first at sample {value})</source>
            <translation>{part} labels y contain NaN or inf (first at sample {value})</translation>
        </message>
        <message>
            <source>{task} labels must be whole numbers; the {part} y has {y!r} at sample {row}</source>
            <translation>{task} labels must be whole numbers; the {part} y has {y!r} at sample {row}</translation>
        </message>
        <message>
            <source>{task} labels must be integers 0..K-1; the {part} y has dtype {dtype} (map text labels to class indices first)</source>
            <translation>{task} labels must be integers 0..K-1; the {part} y has dtype {dtype} (map text labels to class indices first)</translation>
        </message>
        <message>
            <source>x_val and y_val must both be given or both be None</source>
            <translation>x_val and y_val must both be given or both be None</translation>
        </message>
        <message>
            <source>inputs x</source>
            <translation>inputs x</translation>
        </message>
        <message>
            <source>a binary dataset has 2 class names, got {n_classes}</source>
            <translation>a binary dataset has 2 class names, got {n_classes}</translation>
        </message>
        <message>
            <source>{count} feature names for {shape} features</source>
            <translation>{count} feature names for {shape} features</translation>
        </message>
        <message>
            <source>targets y</source>
            <translation>targets y</translation>
        </message>
        <message>
            <source>{part} inputs have shape {shape} per sample but training inputs have {shape2}</source>
            <translation>{part} inputs have shape {shape} per sample but training inputs have {shape2}</translation>
        </message>
        <message>
            <source>{part} targets have {shape} columns but training targets have {shape2}</source>
            <translation>{part} targets have {shape} columns but training targets have {shape2}</translation>
        </message>
        <message>
            <source> — for one feature reshape to (n, 1)</source>
            <translation> — for one feature reshape to (n, 1)</translation>
        </message>
        <message>
            <source> — reshape to (n, 1)</source>
            <translation> — reshape to (n, 1)</translation>
        </message>
        <message>
            <source>dataset {dataset!r}: {problem}</source>
            <translation>dataset {dataset!r}: {problem}</translation>
        </message>
        <message>
            <source>{before} {after}</source>
            <translation>{before} {after}</translation>
        </message>
        <message>
            <source>{path}: only {count} bytes — too short for an IDX header (truncated or empty file)</source>
            <translation>{path}: only {count} bytes — too short for an IDX header (truncated or empty file)</translation>
        </message>
        <message>
            <source>{path}: bad magic number 0x{magic:08X}, expected 0x{expected_magic:08X} ({value}) — not an IDX file of the right kind</source>
            <translation>{path}: bad magic number 0x{magic:08X}, expected 0x{expected_magic:08X} ({value}) — not an IDX file of the right kind</translation>
        </message>
        <message>
            <source>{path}: bad magic number 0x{magic:08X}; an IDX file of unsigned bytes starts with 0x000008 followed by the number of dimensions</source>
            <translation>{path}: bad magic number 0x{magic:08X}; an IDX file of unsigned bytes starts with 0x000008 followed by the number of dimensions</translation>
        </message>
        <message>
            <source>{path}: the IDX header is truncated ({count} bytes, header needs {header})</source>
            <translation>{path}: the IDX header is truncated ({count} bytes, header needs {header})</translation>
        </message>
        <message>
            <source>{path}: the file is truncated — the header says {shape} = {expected:,} bytes of data but only {actual:,} follow; download it again</source>
            <translation>{path}: the file is truncated — the header says {shape} = {expected:,} bytes of data but only {actual:,} follow; download it again</translation>
        </message>
        <message>
            <source>{path}: {value:,} bytes more than the header ({shape}) describes — corrupt or not an IDX file</source>
            <translation>{path}: {value:,} bytes more than the header ({shape}) describes — corrupt or not an IDX file</translation>
        </message>
        <message>
            <source>{folder} has only {files}; the other files are missing.</source>
            <translation>{folder} has only {files}; the other files are missing.</translation>
        </message>
        <message>
            <source>On Debian/Ubuntu: sudo apt install dataset-fashion-mnist (installs them in {folder}).</source>
            <translation>On Debian/Ubuntu: sudo apt install dataset-fashion-mnist (installs them in {folder}).</translation>
        </message>
        <message>
            <source>Downloading failed: {problem}</source>
            <translation>Downloading failed: {problem}</translation>
        </message>
        <message>
            <source>the download finished but {folder} does not hold the complete set</source>
            <translation>the download finished but {folder} does not hold the complete set</translation>
        </message>
        <message>
            <source>{path}: the gzip file is truncated (it ends before the end-of-stream marker); download it again</source>
            <translation>{path}: the gzip file is truncated (it ends before the end-of-stream marker); download it again</translation>
        </message>
        <message>
            <source>{path}: the gzip file is corrupt ({problem}); download it again</source>
            <translation>{path}: the gzip file is corrupt ({problem}); download it again</translation>
        </message>
        <message>
            <source>{path}: not a readable .npz archive — truncated or corrupt ({problem})</source>
            <translation>{path}: not a readable .npz archive — truncated or corrupt ({problem})</translation>
        </message>
        <message>
            <source>cannot create the download folder {folder} ({reason})</source>
            <translation>cannot create the download folder {folder} ({reason})</translation>
        </message>
        <message>
            <source>{path}: missing array(s) {names}; a Keras-style archive holds {names2} (found: {names3})</source>
            <translation>{path}: missing array(s) {names}; a Keras-style archive holds {names2} (found: {names3})</translation>
        </message>
        <message>
            <source>cannot write into {folder} ({reason})</source>
            <translation>cannot write into {folder} ({reason})</translation>
        </message>
        <message>
            <source>{url}: the downloaded file has sha256 {value}, expected {expected}</source>
            <translation>{url}: the downloaded file has sha256 {value}, expected {expected}</translation>
        </message>
        <message>
            <source>{url}: {type}: {problem}</source>
            <translation>{url}: {type}: {problem}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>{where}: training images are {shape} but test images {shape2}</source>
            <translation>{where}: training images are {shape} but test images {shape2}</translation>
        </message>
        <message>
            <source>parameter 'validation' = {validation} leaves no training images; accepted: 0 to {value} (there are {n} training images)</source>
            <translation>parameter 'validation' = {validation} leaves no training images; accepted: 0 to {value} (there are {n} training images)</translation>
        </message>
        <message>
            <source>parameter 'folder' = {folder!r} is not an existing folder; accepted: a folder holding the {title} files</source>
            <translation>parameter 'folder' = {folder!r} is not an existing folder; accepted: a folder holding the {title} files</translation>
        </message>
        <message>
            <source>{where}: {part} images have shape {shape}; expected (n, rows, columns)</source>
            <translation>{where}: {part} images have shape {shape}; expected (n, rows, columns)</translation>
        </message>
        <message>
            <source>{where}: {count} {part} images but labels of shape {shape}; the counts must match</source>
            <translation>{where}: {count} {part} images but labels of shape {shape}; the counts must match</translation>
        </message>
        <message>
            <source>{where}: {part} pixels have dtype {dtype}; expected uint8 (0..255)</source>
            <translation>{where}: {part} pixels have dtype {dtype}; expected uint8 (0..255)</translation>
        </message>
        <message>
            <source>{where}: {part} labels must be integers 0..9 (found dtype {dtype})</source>
            <translation>{where}: {part} labels must be integers 0..9 (found dtype {dtype})</translation>
        </message>
        <message>
            <source>{where}: {part} labels must be integers 0..9 (found dtype {dtype}, values {low}..{high})</source>
            <translation>{where}: {part} labels must be integers 0..9 (found dtype {dtype}, values {low}..{high})</translation>
        </message>
        <message>
            <source>unknown dataset {name!r}; accepted: {choices}</source>
            <translation>unknown dataset {name!r}; accepted: {choices}</translation>
        </message>
        <message>
            <source>the scaling record must be {{'inputs': ..., 'targets': ..., 'columns': ...}}</source>
            <translation>the scaling record must be {{'inputs': ..., 'targets': ..., 'columns': ...}}</translation>
        </message>
        <message>
            <source>inputs</source>
            <translation>inputs</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>targets</translation>
        </message>
        <message>
            <source>the scaling of the {what} must be {{'offset': ..., 'divisor': ...}}</source>
            <translation>the scaling of the {what} must be {{'offset': ..., 'divisor': ...}}</translation>
        </message>
        <message>
            <source>the scaling of the {what} divides by 0</source>
            <translation>the scaling of the {what} divides by 0</translation>
        </message>
        <message>
            <source>the scaling of the {what}: {key!r} must be one finite number or {size} of them</source>
            <translation>the scaling of the {what}: {key!r} must be one finite number or {size} of them</translation>
        </message>
        <message>
            <source>one of {choices}</source>
            <translation>one of {choices}</translation>
        </message>
        <message>
            <source>{accepted} (or none)</source>
            <translation>{accepted} (or none)</translation>
        </message>
        <message>
            <source>no parameters</source>
            <translation>no parameters</translation>
        </message>
        <message>
            <source>unknown parameter {name!r} = {value!r}; accepted: {accepted}</source>
            <translation>unknown parameter {name!r} = {value!r}; accepted: {accepted}</translation>
        </message>
        <message>
            <source>parameter {name!r} = {value!r} is not accepted{why}; accepted: {accepted}</source>
            <translation>parameter {name!r} = {value!r} is not accepted{why}; accepted: {accepted}</translation>
        </message>
        <message>
            <source> (a value is required)</source>
            <translation> (a value is required)</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>an integer</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>{word} from {low} to {high}</source>
            <translation>{word} from {low} to {high}</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>parameter {name!r} is required ({what})</source>
            <translation>parameter {name!r} is required ({what})</translation>
        </message>
        <message>
            <source> (out of range)</source>
            <translation> (out of range)</translation>
        </message>
        <message>
            <source>{word} &gt;= {low}</source>
            <translation>{word} &gt;= {low}</translation>
        </message>
        <message>
            <source>a path (text)</source>
            <translation>a path (text)</translation>
        </message>
        <message>
            <source> (not a whole number)</source>
            <translation> (not a whole number)</translation>
        </message>
        <message>
            <source>{word} &lt;= {high}</source>
            <translation>{word} &lt;= {high}</translation>
        </message>
        <message>
            <source>a column name or a 0-based column index (negative counts from the end)</source>
            <translation>a column name or a 0-based column index (negative counts from the end)</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>need at least 2 samples to make a train/test split, got {n}</source>
            <translation>need at least 2 samples to make a train/test split, got {n}</translation>
        </message>
        <message>
            <source>test_ratio must be between 0 and 1 (exclusive), got {test_ratio}</source>
            <translation>test_ratio must be between 0 and 1 (exclusive), got {test_ratio}</translation>
        </message>
        <message>
            <source>x has {count} samples but y has {count2}; they must match</source>
            <translation>x has {count} samples but y has {count2}; they must match</translation>
        </message>
        <message>
            <source>validation fraction must be between 0 and 1 (exclusive), got {fraction}</source>
            <translation>validation fraction must be between 0 and 1 (exclusive), got {fraction}</translation>
        </message>
        <message>
            <source>need at least 2 samples to hold out a validation set, got {n}</source>
            <translation>need at least 2 samples to hold out a validation set, got {n}</translation>
        </message>
        <message>
            <source>one_hot expects class labels of shape (n,), got shape {shape}</source>
            <translation>one_hot expects class labels of shape (n,), got shape {shape}</translation>
        </message>
        <message>
            <source>one_hot: label {bad} is outside 0..{value}</source>
            <translation>one_hot: label {bad} is outside 0..{value}</translation>
        </message>
        <message>
            <source>cannot standardise: the training part is empty</source>
            <translation>cannot standardise: the training part is empty</translation>
        </message>
        <message>
            <source>one_hot expects integer class labels, got dtype {dtype}</source>
            <translation>one_hot expects integer class labels, got dtype {dtype}</translation>
        </message>
        <message>
            <source>mode must be 'auto', 'min' or 'max', got {mode!r}</source>
            <translation>mode must be 'auto', 'min' or 'max', got {mode!r}</translation>
        </message>
        <message>
            <source>{field} must be a file or folder name (text), got {value!r:.80}</source>
            <translation>{field} must be a file or folder name (text), got {value!r:.80}</translation>
        </message>
        <message>
            <source>{field} must be a file or folder name, got {value!r:.80}</source>
            <translation>{field} must be a file or folder name, got {value!r:.80}</translation>
        </message>
        <message>
            <source>{field} {value!r:.80} is outside the project's folder; a project file may only write inside its own folder (or the output folder you choose)</source>
            <translation>{field} {value!r:.80} is outside the project's folder; a project file may only write inside its own folder (or the output folder you choose)</translation>
        </message>
        <message>
            <source>ReduceLROnPlateau factor must be &lt; 1, got {factor}</source>
            <translation>ReduceLROnPlateau factor must be &lt; 1, got {factor}</translation>
        </message>
        <message>
            <source>histogram_freq must be an int &gt;= 0 (0: no histograms), got {histogram_freq!r}</source>
            <translation>histogram_freq must be an int &gt;= 0 (0: no histograms), got {histogram_freq!r}</translation>
        </message>
        <message>
            <source>update_freq must be 'epoch', 'batch' or an int &gt;= 1, got {update_freq!r}</source>
            <translation>update_freq must be 'epoch', 'batch' or an int &gt;= 1, got {update_freq!r}</translation>
        </message>
        <message>
            <source>bins must be an int &gt;= 1, got {bins!r}</source>
            <translation>bins must be an int &gt;= 1, got {bins!r}</translation>
        </message>
        <message>
            <source>unknown callback {name!r}; expected one of {names}</source>
            <translation>unknown callback {name!r}; expected one of {names}</translation>
        </message>
        <message>
            <source>ModelCheckpoint file name {filepath!r} cannot be filled in: {problem}</source>
            <translation>ModelCheckpoint file name {filepath!r} cannot be filled in: {problem}</translation>
        </message>
        <message>
            <source>unknown metric {name!r}; expected accuracy, mae or mse</source>
            <translation>unknown metric {name!r}; expected accuracy, mae or mse</translation>
        </message>
        <message>
            <source>the data {name!r} has inputs of shape {input_shape} but the Input layer has shape {input_shape2}</source>
            <translation>the data {name!r} has inputs of shape {input_shape} but the Input layer has shape {input_shape2}</translation>
        </message>
        <message>
            <source>{path}: the file holds a different model than the project's</source>
            <translation>{path}: the file holds a different model than the project's</translation>
        </message>
        <message>
            <source>TensorFlow could not be loaded ({problem}); reinstall it with: pip install --force-reinstall 'annstudio[tensorflow]'</source>
            <translation>TensorFlow could not be loaded ({problem}); reinstall it with: pip install --force-reinstall 'annstudio[tensorflow]'</translation>
        </message>
        <message>
            <source>ModelCheckpoint cannot save this model: {problem}</source>
            <translation>ModelCheckpoint cannot save this model: {problem}</translation>
        </message>
        <message>
            <source>x has {count} samples but y has {count2}</source>
            <translation>x has {count} samples but y has {count2}</translation>
        </message>
        <message>
            <source>there are no training samples</source>
            <translation>there are no training samples</translation>
        </message>
        <message>
            <source>validation_split={validation_split} leaves no samples for training or validation ({count} samples)</source>
            <translation>validation_split={validation_split} leaves no samples for training or validation ({count} samples)</translation>
        </message>
        <message>
            <source>the loss became {loss} in epoch {epoch}, batch {batch}: training diverged. The learning rate ({lr:g}) is probably too high, or the data has extreme values. The weights were restored to the start of epoch {epoch}.</source>
            <translation>the loss became {loss} in epoch {epoch}, batch {batch}: training diverged. The learning rate ({lr:g}) is probably too high, or the data has extreme values. The weights were restored to the start of epoch {epoch}.</translation>
        </message>
        <message>
            <source>the NumPy export does not write callbacks, and this project's {names} would change how it trains (when it stops, its learning rate); turn it off or export as Keras code</source>
            <translation>the NumPy export does not write callbacks, and this project's {names} would change how it trains (when it stops, its learning rate); turn it off or export as Keras code</translation>
        </message>
        <message>
            <source>unsupported file type {suffix!r}; use .npy or .csv</source>
            <translation>unsupported file type {suffix!r}; use .npy or .csv</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>no such file</translation>
        </message>
        <message>
            <source>holds {dtype} values, expected numbers</source>
            <translation>holds {dtype} values, expected numbers</translation>
        </message>
        <message>
            <source>holds no data rows</source>
            <translation>holds no data rows</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: no such file</translation>
        </message>
        <message>
            <source>{path}: not an HDF5 file (a Keras .h5 model file starts with the HDF5 signature)</source>
            <translation>{path}: not an HDF5 file (a Keras .h5 model file starts with the HDF5 signature)</translation>
        </message>
        <message>
            <source>{path}: cannot read the file ({reason})</source>
            <translation>{path}: cannot read the file ({reason})</translation>
        </message>
        <message>
            <source>{path}: not a readable HDF5 file: the file is damaged ({reason})</source>
            <translation>{path}: not a readable HDF5 file: the file is damaged ({reason})</translation>
        </message>
        <message>
            <source>{path}: the file is damaged or not a Keras model file ({reason})</source>
            <translation>{path}: the file is damaged or not a Keras model file ({reason})</translation>
        </message>
        <message>
            <source>no model_config attribute: not a Keras model file</source>
            <translation>no model_config attribute: not a Keras model file</translation>
        </message>
        <message>
            <source>empty name under {where}</source>
            <translation>empty name under {where}</translation>
        </message>
        <message>
            <source>{walked} is not a {value}</source>
            <translation>{walked} is not a {value}</translation>
        </message>
        <message>
            <source>{where} is a virtual dataset (it reads other files); refused</source>
            <translation>{where} is a virtual dataset (it reads other files); refused</translation>
        </message>
        <message>
            <source>{where} is stored in external file(s) {value!r}; refused</source>
            <translation>{where} is stored in external file(s) {value!r}; refused</translation>
        </message>
        <message>
            <source>{what} has dtype {dt}; expected {value}</source>
            <translation>{what} has dtype {dt}; expected {value}</translation>
        </message>
        <message>
            <source>{what} declares shape {shape} ({n:,} elements), more than the limit of {max_elements:,} elements per array</source>
            <translation>{what} declares shape {shape} ({n:,} elements), more than the limit of {max_elements:,} elements per array</translation>
        </message>
        <message>
            <source>{what} would bring the data read to {value:,} bytes, more than the limit of {max_bytes:,} bytes</source>
            <translation>{what} would bring the data read to {value:,} bytes, more than the limit of {max_bytes:,} bytes</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} has {n:,} entries, more than {max_items:,}</source>
            <translation>attribute {name!r} of {where} has {n:,} entries, more than {max_items:,}</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} is not text (found {type})</source>
            <translation>attribute {name!r} of {where} is not text (found {type})</translation>
        </message>
        <message>
            <source>no model_weights group: the file holds no weights</source>
            <translation>no model_weights group: the file holds no weights</translation>
        </message>
        <message>
            <source>the file holds weights for {count} layer(s) ({names}) but the model config has {count2} layer(s) with weights ({names2})</source>
            <translation>the file holds weights for {count} layer(s) ({names}) but the model config has {count2} layer(s) with weights ({names2})</translation>
        </message>
        <message>
            <source>the model has top-level weights of its own, which annstudio does not support</source>
            <translation>the model has top-level weights of its own, which annstudio does not support</translation>
        </message>
        <message>
            <source>{where} is not annstudio resume state (format {fmt!r})</source>
            <translation>{where} is not annstudio resume state (format {fmt!r})</translation>
        </message>
        <message>
            <source>{where} has version {version!r}; this annstudio reads version {state_version}</source>
            <translation>{where} has version {version!r}; this annstudio reads version {state_version}</translation>
        </message>
        <message>
            <source>{path}: not a readable HDF5 file: the file is truncated ({reason})</source>
            <translation>{path}: not a readable HDF5 file: the file is truncated ({reason})</translation>
        </message>
        <message>
            <source>no model_config attribute: not a Keras model file (a weights-only file? annstudio needs a whole-model .h5 saved with model.save)</source>
            <translation>no model_config attribute: not a Keras model file (a weights-only file? annstudio needs a whole-model .h5 saved with model.save)</translation>
        </message>
        <message>
            <source>unsupported model: {problem}</source>
            <translation>unsupported model: {problem}</translation>
        </message>
        <message>
            <source>invalid path {relpath!r} under {where}</source>
            <translation>invalid path {relpath!r} under {where}</translation>
        </message>
        <message>
            <source>{walked} is inside a dataset, not a group</source>
            <translation>{walked} is inside a dataset, not a group</translation>
        </message>
        <message>
            <source>{walked} is a soft link to {path!r}; only hard links are followed</source>
            <translation>{walked} is a soft link to {path!r}; only hard links are followed</translation>
        </message>
        <message>
            <source>{walked} is an external link to {filename!r}:{path!r}; links to other files are refused</source>
            <translation>{walked} is an external link to {filename!r}:{path!r}; links to other files are refused</translation>
        </message>
        <message>
            <source>{walked} is a {type}; only hard links are followed</source>
            <translation>{walked} is a {type}; only hard links are followed</translation>
        </message>
        <message>
            <source>{where} uses HDF5 filter {code}, which is not built in; refused</source>
            <translation>{where} uses HDF5 filter {code}, which is not built in; refused</translation>
        </message>
        <message>
            <source>attribute {name!r} is not valid JSON ({problem})</source>
            <translation>attribute {name!r} is not valid JSON ({problem})</translation>
        </message>
        <message>
            <source>{where} has no {name!r} attribute</source>
            <translation>{where} has no {name!r} attribute</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} has shape {shape}; expected a list of names</source>
            <translation>attribute {name!r} of {where} has shape {shape}; expected a list of names</translation>
        </message>
        <message>
            <source>layer {keras_name!r} needs {count} weight(s) ({names}) but its group {name!r} in the file has {count2}</source>
            <translation>layer {keras_name!r} needs {count} weight(s) ({names}) but its group {name!r} in the file has {count2}</translation>
        </message>
        <message>
            <source>{walked} is missing</source>
            <translation>{walked} is missing</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} is not UTF-8 text</source>
            <translation>attribute {name!r} of {where} is not UTF-8 text</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} has more than {max_names:,} entries</source>
            <translation>attribute {name!r} of {where} has more than {max_names:,} entries</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} holds {type} values, not names</source>
            <translation>attribute {name!r} of {where} holds {type} values, not names</translation>
        </message>
        <message>
            <source>wrong shape for {key!r}: expected {expected}, found {found} ({where})</source>
            <translation>wrong shape for {key!r}: expected {expected}, found {found} ({where})</translation>
        </message>
        <message>
            <source>unsupported training config: {problem}</source>
            <translation>unsupported training config: {problem}</translation>
        </message>
        <message>
            <source>group</source>
            <translation>group</translation>
        </message>
        <message>
            <source>dataset</source>
            <translation>dataset</translation>
        </message>
        <message>
            <source>floating-point numbers</source>
            <translation>floating-point numbers</translation>
        </message>
        <message>
            <source>numbers</source>
            <translation>numbers</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} holds a name that is not UTF-8</source>
            <translation>attribute {name!r} of {where} holds a name that is not UTF-8</translation>
        </message>
        <message>
            <source>cannot save {path}: missing weight(s) {names}</source>
            <translation>cannot save {path}: missing weight(s) {names}</translation>
        </message>
        <message>
            <source>cannot save {path}: unknown weight(s) {names}; the model has {names2}</source>
            <translation>cannot save {path}: unknown weight(s) {names}; the model has {names2}</translation>
        </message>
        <message>
            <source>names longer than {hdf5_object_header_limit} bytes cannot be stored: {bad!r}...</source>
            <translation>names longer than {hdf5_object_header_limit} bytes cannot be stored: {bad!r}...</translation>
        </message>
        <message>
            <source>give both a loss and an optimizer (Keras compiles with both), or neither</source>
            <translation>give both a loss and an optimizer (Keras compiles with both), or neither</translation>
        </message>
        <message>
            <source>cannot save {path}: {problem}</source>
            <translation>cannot save {path}: {problem}</translation>
        </message>
        <message>
            <source>cannot save {path}: weight {key!r} has dtype {dtype}; expected numbers</source>
            <translation>cannot save {path}: weight {key!r} has dtype {dtype}; expected numbers</translation>
        </message>
        <message>
            <source>cannot save {path}: wrong shape for {key!r}: expected {shape}, found {shape2}</source>
            <translation>cannot save {path}: wrong shape for {key!r}: expected {shape}, found {shape2}</translation>
        </message>
        <message>
            <source>metrics need a loss and an optimizer</source>
            <translation>metrics need a loss and an optimizer</translation>
        </message>
        <message>
            <source>the input value {value:.6g} in row {row}, column {column} is beyond the largest number the model computes with ({dtype}: ±{max:.4g})</source>
            <translation>the input value {value:.6g} in row {row}, column {column} is beyond the largest number the model computes with ({dtype}: ±{max:.4g})</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (byte 0x{byte:02x} at position {position})</source>
            <translation>the file is not UTF-8 text (byte 0x{byte:02x} at position {position})</translation>
        </message>
        <message>
            <source>Expecting value</source>
            <translation>Expecting value</translation>
        </message>
        <message>
            <source>Expecting property name enclosed in double quotes</source>
            <translation>Expecting property name enclosed in double quotes</translation>
        </message>
        <message>
            <source>Expecting ',' delimiter</source>
            <translation>Expecting ',' delimiter</translation>
        </message>
        <message>
            <source>Expecting ':' delimiter</source>
            <translation>Expecting ':' delimiter</translation>
        </message>
        <message>
            <source>Extra data</source>
            <translation>Extra data</translation>
        </message>
        <message>
            <source>Unterminated string starting at</source>
            <translation>Unterminated string starting at</translation>
        </message>
        <message>
            <source>Invalid control character at</source>
            <translation>Invalid control character at</translation>
        </message>
        <message>
            <source>Invalid \escape</source>
            <translation>Invalid \escape</translation>
        </message>
        <message>
            <source>Illegal trailing comma before end of object</source>
            <translation>Illegal trailing comma before end of object</translation>
        </message>
        <message>
            <source>Illegal trailing comma before end of array</source>
            <translation>Illegal trailing comma before end of array</translation>
        </message>
        <message>
            <source>'format_version' must be an integer, got {value!r}</source>
            <translation>'format_version' must be an integer, got {value!r}</translation>
        </message>
        <message>
            <source>the file has format_version {version}, newer than this annstudio understands ({supported}); update annstudio</source>
            <translation>the file has format_version {version}, newer than this annstudio understands ({supported}); update annstudio</translation>
        </message>
        <message>
            <source>unsupported format_version {version}</source>
            <translation>unsupported format_version {version}</translation>
        </message>
        <message>
            <source>dtype must be float32 or float64, got {value!r}</source>
            <translation>dtype must be float32 or float64, got {value!r}</translation>
        </message>
        <message>
            <source>'training' must be an object</source>
            <translation>'training' must be an object</translation>
        </message>
        <message>
            <source>training: unknown setting(s) {unknown}</source>
            <translation>training: unknown setting(s) {unknown}</translation>
        </message>
        <message>
            <source>dataset must be {{'name': ..., 'params': {{...}}}}</source>
            <translation>dataset must be {{'name': ..., 'params': {{...}}}}</translation>
        </message>
        <message>
            <source>dataset {dataset!r}: params must be an object</source>
            <translation>dataset {dataset!r}: params must be an object</translation>
        </message>
        <message>
            <source>a project must be a JSON object</source>
            <translation>a project must be a JSON object</translation>
        </message>
        <message>
            <source>the project has no {section!r} section</source>
            <translation>the project has no {section!r} section</translation>
        </message>
        <message>
            <source>model: {problem}</source>
            <translation>model: {problem}</translation>
        </message>
        <message>
            <source>{path}: no such project file</source>
            <translation>{path}: no such project file</translation>
        </message>
        <message>
            <source>{path}: cannot read the project file ({problem})</source>
            <translation>{path}: cannot read the project file ({problem})</translation>
        </message>
        <message>
            <source>the dataset choice</source>
            <translation>the dataset choice</translation>
        </message>
        <message>
            <source>the data seed</source>
            <translation>the data seed</translation>
        </message>
        <message>
            <source>the dataset settings</source>
            <translation>the dataset settings</translation>
        </message>
        <message>
            <source>the backend</source>
            <translation>the backend</translation>
        </message>
        <message>
            <source>the learning rate</source>
            <translation>the learning rate</translation>
        </message>
        <message>
            <source>the optimizer</source>
            <translation>the optimizer</translation>
        </message>
        <message>
            <source>the batch size</source>
            <translation>the batch size</translation>
        </message>
        <message>
            <source>the loss function</source>
            <translation>the loss function</translation>
        </message>
        <message>
            <source>the training seed</source>
            <translation>the training seed</translation>
        </message>
        <message>
            <source>the validation split</source>
            <translation>the validation split</translation>
        </message>
        <message>
            <source>the layer palette</source>
            <translation>the layer palette</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <translation>test accuracy</translation>
        </message>
        <message>
            <source>test mean absolute error</source>
            <translation>test mean absolute error</translation>
        </message>
        <message>
            <source>validation accuracy</source>
            <translation>validation accuracy</translation>
        </message>
        <message>
            <source>validation loss</source>
            <translation>validation loss</translation>
        </message>
        <message>
            <source>validation mean absolute error</source>
            <translation>validation mean absolute error</translation>
        </message>
        <message>
            <source>training accuracy</source>
            <translation>training accuracy</translation>
        </message>
        <message>
            <source>training loss</source>
            <translation>training loss</translation>
        </message>
        <message>
            <source>hidden units</source>
            <translation>hidden units</translation>
        </message>
        <message>
            <source>hidden layers</source>
            <translation>hidden layers</translation>
        </message>
        <message>
            <source>parameters</source>
            <translation>parameters</translation>
        </message>
        <message>
            <source>challenge: {field!r} must be a list of control names</source>
            <translation>challenge: {field!r} must be a list of control names</translation>
        </message>
        <message>
            <source>challenge: {field!r}: unknown control(s) {unknown} (known: {known})</source>
            <translation>challenge: {field!r}: unknown control(s) {unknown} (known: {known})</translation>
        </message>
        <message>
            <source>challenge: {field} must be an object</source>
            <translation>challenge: {field} must be an object</translation>
        </message>
        <message>
            <source>challenge: {field}: unknown key(s) {unknown}</source>
            <translation>challenge: {field}: unknown key(s) {unknown}</translation>
        </message>
        <message>
            <source>challenge: {field} needs exactly one of 'metric' or 'limit'</source>
            <translation>challenge: {field} needs exactly one of 'metric' or 'limit'</translation>
        </message>
        <message>
            <source>challenge: {field} needs exactly one of 'min' or 'max'</source>
            <translation>challenge: {field} needs exactly one of 'min' or 'max'</translation>
        </message>
        <message>
            <source>challenge: {field}: unknown {kind} {name!r} (known: {known})</source>
            <translation>challenge: {field}: unknown {kind} {name!r} (known: {known})</translation>
        </message>
        <message>
            <source>challenge: {field}: {bound} must be a number, got {value!r}</source>
            <translation>challenge: {field}: {bound} must be a number, got {value!r}</translation>
        </message>
        <message>
            <source>'challenge' must be an object</source>
            <translation>'challenge' must be an object</translation>
        </message>
        <message>
            <source>challenge: unknown key(s) {unknown}</source>
            <translation>challenge: unknown key(s) {unknown}</translation>
        </message>
        <message>
            <source>challenge: 'goal' must be a list of conditions</source>
            <translation>challenge: 'goal' must be a list of conditions</translation>
        </message>
        <message>
            <source>challenge: 'goal' has {count} conditions, at most {limit} are allowed</source>
            <translation>challenge: 'goal' has {count} conditions, at most {limit} are allowed</translation>
        </message>
        <message>
            <source>challenge: 'data_seed' must be a whole number from 0 to 4294967295 or null, got {value!r}</source>
            <translation>challenge: 'data_seed' must be a whole number from 0 to 4294967295 or null, got {value!r}</translation>
        </message>
        <message>
            <source>challenge: 'note' must be text</source>
            <translation>challenge: 'note' must be text</translation>
        </message>
        <message>
            <source>challenge: 'note' has {count} characters, at most {limit} are allowed</source>
            <translation>challenge: 'note' has {count} characters, at most {limit} are allowed</translation>
        </message>
        <message>
            <source>{control} is locked by this challenge</source>
            <translation>{control} is locked by this challenge</translation>
        </message>
        <message>
            <source>challenge: {field}: a limit takes 'max' only</source>
            <translation>challenge: {field}: a limit takes 'max' only</translation>
        </message>
        <message>
            <source>challenge: {field}: max must be a whole number ≥ 0, got {value!r}</source>
            <translation>challenge: {field}: max must be a whole number ≥ 0, got {value!r}</translation>
        </message>
        <message>
            <source>challenge: {field}: {bound} must be between 0 and 1 (a share), got {value!r}</source>
            <translation>challenge: {field}: {bound} must be between 0 and 1 (a share), got {value!r}</translation>
        </message>
        <message>
            <source>parameter {param!r} = {target} is out of range; accepted: an index 0..{last} or -{count}..-1 (the file has {count} columns)</source>
            <translation>parameter {param!r} = {target} is out of range; accepted: an index 0..{last} or -{count}..-1 (the file has {count} columns)</translation>
        </message>
        <message>
            <source>parameter 'ignore' names the target {label}; the target cannot be left out — choose another target, or remove it from 'ignore'</source>
            <translation>parameter 'ignore' names the target {label}; the target cannot be left out — choose another target, or remove it from 'ignore'</translation>
        </message>
        <message>
            <source>no feature column is left: 'ignore' leaves out every column but the target</source>
            <translation>no feature column is left: 'ignore' leaves out every column but the target</translation>
        </message>
        <message>
            <source>parameter {param!r} = {target!r} is not a column; accepted: (the file has no header row, so) an index 0..{last} or -{count}..-1</source>
            <translation>parameter {param!r} = {target!r} is not a column; accepted: (the file has no header row, so) an index 0..{last} or -{count}..-1</translation>
        </message>
        <message>
            <source>the target {label} at line {line} (data row {row}) is {value!r}, not a finite number</source>
            <translation>the target {label} at line {line} (data row {row}) is {value!r}, not a finite number</translation>
        </message>
        <message>
            <source>parameter {param!r} = {target!r} is not a column; accepted: a column name ({names}) or an index 0..{last} or -{count}..-1</source>
            <translation>parameter {param!r} = {target!r} is not a column; accepted: a column name ({names}) or an index 0..{last} or -{count}..-1</translation>
        </message>
        <message>
            <source>features must be a list of names, e.g. ["x1", "x2", "x1*x2"]</source>
            <translation>features must be a list of names, e.g. ["x1", "x2", "x1*x2"]</translation>
        </message>
        <message>
            <source>choose at least one input feature</source>
            <translation>choose at least one input feature</translation>
        </message>
        <message>
            <source>features are computed from 2 input columns, the data has shape {shape}</source>
            <translation>features are computed from 2 input columns, the data has shape {shape}</translation>
        </message>
        <message>
            <source>unknown feature {name!r}; expected one of {names}</source>
            <translation>unknown feature {name!r}; expected one of {names}</translation>
        </message>
        <message>
            <source>feature {name!r} is listed twice</source>
            <translation>feature {name!r} is listed twice</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>not a regular file</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>a folder</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>a named pipe (FIFO)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>a device</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>a socket</translation>
        </message>
        <message>
            <source>{path}: not a plain numeric .npy file ({problem})</source>
            <translation>{path}: not a plain numeric .npy file ({problem})</translation>
        </message>
        <message>
            <source>{path} is {kind}; only regular files are read</source>
            <translation>{path} is {kind}; only regular files are read</translation>
        </message>
        <message>
            <source>{path} is {size:,} bytes, more than the {max_bytes:,} bytes allowed for this kind of file</source>
            <translation>{path} is {size:,} bytes, more than the {max_bytes:,} bytes allowed for this kind of file</translation>
        </message>
        <message>
            <source>{path} changed while it was read; try again</source>
            <translation>{path} changed while it was read; try again</translation>
        </message>
        <message>
            <source>it holds Python objects, which cannot be read without pickle</source>
            <translation>it holds Python objects, which cannot be read without pickle</translation>
        </message>
        <message>
            <source>{path}: the .npy header declares shape {shape} of {dtype} = {declared:,} bytes, more than the {max_bytes:,} bytes allowed</source>
            <translation>{path}: the .npy header declares shape {shape} of {dtype} = {declared:,} bytes, more than the {max_bytes:,} bytes allowed</translation>
        </message>
        <message>
            <source>{path}: the .npy header declares shape {shape} of {dtype} = {declared:,} bytes, but the file holds {available:,} bytes of data (truncated or damaged)</source>
            <translation>{path}: the .npy header declares shape {shape} of {dtype} = {declared:,} bytes, but the file holds {available:,} bytes of data (truncated or damaged)</translation>
        </message>
        <message>
            <source>it is a .npz archive; name it .npz</source>
            <translation>it is a .npz archive; name it .npz</translation>
        </message>
        <message>
            <source>no .npy header</source>
            <translation>no .npy header</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>format version {version} is not supported</source>
            <translation>format version {version} is not supported</translation>
        </message>
        <message>
            <source>{path}: the header declares {declared:,} bytes of data, more than the {max_bytes:,} bytes allowed</source>
            <translation>{path}: the header declares {declared:,} bytes of data, more than the {max_bytes:,} bytes allowed</translation>
        </message>
        <message>
            <source>{path}: {compressed:,} compressed bytes would inflate to {declared:,} bytes, more than {ratio} times their size; refused (a compression bomb?)</source>
            <translation>{path}: {compressed:,} compressed bytes would inflate to {declared:,} bytes, more than {ratio} times their size; refused (a compression bomb?)</translation>
        </message>
        <message>
            <source>{where}: {count:,} images, more than the {max_images:,} a set may have</source>
            <translation>{where}: {count:,} images, more than the {max_images:,} a set may have</translation>
        </message>
        <message>
            <source>parameter {name!r} = {value!r} is not accepted: {problem}</source>
            <translation>parameter {name!r} = {value!r} is not accepted: {problem}</translation>
        </message>
        <message>
            <source>column names or 0-based column indices, separated by commas</source>
            <translation>column names or 0-based column indices, separated by commas</translation>
        </message>
        <message>
            <source>a list of input features from {names}</source>
            <translation>a list of input features from {names}</translation>
        </message>
        <message>
            <source>{callback} watches {monitor!r}, which this run does not report; it reports {names}</source>
            <translation>{callback} watches {monitor!r}, which this run does not report; it reports {names}</translation>
        </message>
        <message>
            <source>{callback} watches {monitor!r}, but this run has no validation data: set a validation split above 0, or watch {plain!r}</source>
            <translation>{callback} watches {monitor!r}, but this run has no validation data: set a validation split above 0, or watch {plain!r}</translation>
        </message>
        <message>
            <source>ModelCheckpoint file name {filepath!r:.100}: {problem}</source>
            <translation>ModelCheckpoint file name {filepath!r:.100}: {problem}</translation>
        </message>
        <message>
            <source>{what} ≤ {target}</source>
            <translation>{what} ≤ {target}</translation>
        </message>
        <message>
            <source>now {value}</source>
            <translation>now {value}</translation>
        </message>
        <message>
            <source>{mark} {goal}: {value}</source>
            <translation>{mark} {goal}: {value}</translation>
        </message>
        <message>
            <source>{what} ≥ {target}</source>
            <translation>{what} ≥ {target}</translation>
        </message>
        <message>
            <source>not measured yet</source>
            <translation>not measured yet</translation>
        </message>
        <message>
            <source>Explain this step needs flat inputs (one number per feature).</source>
            <translation>Explain this step needs flat inputs (one number per feature).</translation>
        </message>
        <message>
            <source>Explain this step shows stacks of Dense layers; this model has a {kind} layer ({name}).</source>
            <translation>Explain this step shows stacks of Dense layers; this model has a {kind} layer ({name}).</translation>
        </message>
        <message>
            <source>Explain this step shows a plain stack of layers; {name} does not take the layer before it.</source>
            <translation>Explain this step shows a plain stack of layers; {name} does not take the layer before it.</translation>
        </message>
        <message>
            <source>sample must be from 0 to {last}, got {sample}</source>
            <translation>sample must be from 0 to {last}, got {sample}</translation>
        </message>
        <message>
            <source>no Dense layer named {name}</source>
            <translation>no Dense layer named {name}</translation>
        </message>
        <message>
            <source>{name} has weights W[i, j] with i &lt; {rows} and j &lt; {cols}; got [{i}, {j}]</source>
            <translation>{name} has weights W[i, j] with i &lt; {rows} and j &lt; {cols}; got [{i}, {j}]</translation>
        </message>
        <message>
            <source>Checking gradients needs a model that computes the same while training and predicting; {name} ({kind}) does not.</source>
            <translation>Checking gradients needs a model that computes the same while training and predicting; {name} ({kind}) does not.</translation>
        </message>
        <message>
            <source>{name!r} is not a run</source>
            <translation>{name!r} is not a run</translation>
        </message>
        <message>
            <source>{path}: no such run</source>
            <translation>{path}: no such run</translation>
        </message>
        <message>
            <source>a run's name cannot be empty</source>
            <translation>a run's name cannot be empty</translation>
        </message>
        <message>
            <source>{path}: not a valid run ({problem})</source>
            <translation>{path}: not a valid run ({problem})</translation>
        </message>
        <message>
            <source>unknown sweep setting {name!r}; expected one of {choices}</source>
            <translation>unknown sweep setting {name!r}; expected one of {choices}</translation>
        </message>
        <message>
            <source>sweep setting {name}: {problem}</source>
            <translation>sweep setting {name}: {problem}</translation>
        </message>
        <message>
            <source>sweep setting {name}: no values given</source>
            <translation>sweep setting {name}: no values given</translation>
        </message>
        <message>
            <source>sweep setting {name!r}: expected NAME=VALUE,VALUE,...</source>
            <translation>sweep setting {name!r}: expected NAME=VALUE,VALUE,...</translation>
        </message>
        <message>
            <source>sweep setting {name} is given twice</source>
            <translation>sweep setting {name} is given twice</translation>
        </message>
        <message>
            <source>a sweep of {count} runs is too many; at most {limit}</source>
            <translation>a sweep of {count} runs is too many; at most {limit}</translation>
        </message>
        <message>
            <source>sweep setting {name}: {value!r} is too large to be a number here</source>
            <translation>sweep setting {name}: {value!r} is too large to be a number here</translation>
        </message>
        <message>
            <source>{label} holds {count} different texts in {rows} rows (e.g. {examples}); a text column becomes one feature per text, at most {limit} here — leave it out with 'ignore' (an id or a name), or encode it as numbers</source>
            <translation>{label} holds {count} different texts in {rows} rows (e.g. {examples}); a text column becomes one feature per text, at most {limit} here — leave it out with 'ignore' (an id or a name), or encode it as numbers</translation>
        </message>
        <message>
            <source>{label} is not numeric: {field!r} at line {line} (data row {row}){hint}, among numbers; a feature column holds numbers, or texts only (each text then becomes a feature) — correct the value, or leave the column out with 'ignore'</source>
            <translation>{label} is not numeric: {field!r} at line {line} (data row {row}){hint}, among numbers; a feature column holds numbers, or texts only (each text then becomes a feature) — correct the value, or leave the column out with 'ignore'</translation>
        </message>
        <message>
            <source>CSVLogger filename: {problem}</source>
            <translation>CSVLogger filename: {problem}</translation>
        </message>
        <message>
            <source>Checking gradients takes two loss evaluations per weight: this model has {count:,} trainable weights, more than {limit:,}. Try a smaller model.</source>
            <translation>Checking gradients takes two loss evaluations per weight: this model has {count:,} trainable weights, more than {limit:,}. Try a smaller model.</translation>
        </message>
        <message>
            <source>a batch of {rows:,} samples holds {per_sample:,} values per sample in the layers' outputs: {total:,} values at once, more than the {limit:,} allowed; choose a smaller batch size or narrower layers</source>
            <translation>a batch of {rows:,} samples holds {per_sample:,} values per sample in the layers' outputs: {total:,} values at once, more than the {limit:,} allowed; choose a smaller batch size or narrower layers</translation>
        </message>
        <message>
            <source>sweep setting {name}: {value!r} is not a number</source>
            <translation>sweep setting {name}: {value!r} is not a number</translation>
        </message>
        <message>
            <source>sweep setting {name}: {value!r} is not an integer</source>
            <translation>sweep setting {name}: {value!r} is not an integer</translation>
        </message>
        <message>
            <source>sweep run {run}: layer {layer!r}: {problem}</source>
            <translation>sweep run {run}: layer {layer!r}: {problem}</translation>
        </message>
        <message>
            <source>sweep setting {name}: unknown optimizer {value!r}; expected one of {choices}</source>
            <translation>sweep setting {name}: unknown optimizer {value!r}; expected one of {choices}</translation>
        </message>
        <message>
            <source>unknown export style {style!r}; expected one of {choices}</source>
            <translation>unknown export style {style!r}; expected one of {choices}</translation>
        </message>
        <message>
            <source>cannot export the data: {problem}</source>
            <translation>cannot export the data: {problem}</translation>
        </message>
        <message>
            <source>unknown dataset {name!r}</source>
            <translation>unknown dataset {name!r}</translation>
        </message>
        <message>
            <source>Keras has no {activation!r} activation (layer {name!r}); choose another one to export Keras code</source>
            <translation>Keras has no {activation!r} activation (layer {name!r}); choose another one to export Keras code</translation>
        </message>
        <message>
            <source>the NumPy export needs at least one Dense layer (it has nothing to train)</source>
            <translation>the NumPy export needs at least one Dense layer (it has nothing to train)</translation>
        </message>
        <message>
            <source>the NumPy export writes plain stacks only; this model has branches (export as Keras code instead)</source>
            <translation>the NumPy export writes plain stacks only; this model has branches (export as Keras code instead)</translation>
        </message>
        <message>
            <source>the NumPy export cannot express the {kind} layer {name!r}; it writes out Dense stacks (Input, Dense, Activation, Flatten, Rescaling) — export as Keras code instead</source>
            <translation>the NumPy export cannot express the {kind} layer {name!r}; it writes out Dense stacks (Input, Dense, Activation, Flatten, Rescaling) — export as Keras code instead</translation>
        </message>
        <message>
            <source>the NumPy export cannot train the {activation!r} activation of layer {name!r} (it has no gradient)</source>
            <translation>the NumPy export cannot train the {activation!r} activation of layer {name!r} (it has no gradient)</translation>
        </message>
        <message>
            <source>the NumPy export needs a sigmoid or softmax output (or from_logits) for {loss}</source>
            <translation>the NumPy export needs a sigmoid or softmax output (or from_logits) for {loss}</translation>
        </message>
        <message>
            <source>the NumPy export does not write regularizers; remove the {key} of layer {name!r} or export as Keras code</source>
            <translation>the NumPy export does not write regularizers; remove the {key} of layer {name!r} or export as Keras code</translation>
        </message>
        <message>
            <source>the NumPy export needs a Flatten before the Dense layer {name!r}</source>
            <translation>the NumPy export needs a Flatten before the Dense layer {name!r}</translation>
        </message>
        <message>
            <source>{path} holds something other than a training history (its first line does not start with {start!r}); writing the history would replace it: choose another file name</source>
            <translation>{path} holds something other than a training history (its first line does not start with {start!r}); writing the history would replace it: choose another file name</translation>
        </message>
        <message>
            <source>{path} is a folder; a history is written to a file</source>
            <translation>{path} is a folder; a history is written to a file</translation>
        </message>
        <message>
            <source>attribute {name!r} names {count} input features but the model takes inputs of shape {shape}</source>
            <translation>attribute {name!r} names {count} input features but the model takes inputs of shape {shape}</translation>
        </message>
        <message>
            <source>{what} declares {size:,} bytes but the file stores only {stored:,} bytes of it (chunks never written, or compressed more than {ratio} times); refused</source>
            <translation>{what} declares {size:,} bytes but the file stores only {stored:,} bytes of it (chunks never written, or compressed more than {ratio} times); refused</translation>
        </message>
        <message>
            <source>attribute {name!r} is {count:,} characters of JSON, more than the {max_count:,} allowed</source>
            <translation>attribute {name!r} is {count:,} characters of JSON, more than the {max_count:,} allowed</translation>
        </message>
        <message>
            <source>{key} ignored: {problem}</source>
            <translation>{key} ignored: {problem}</translation>
        </message>
        <message>
            <source>the training config is not an object; ignored</source>
            <translation>the training config is not an object; ignored</translation>
        </message>
        <message>
            <source>attribute {name!r}: {problem}</source>
            <translation>attribute {name!r}: {problem}</translation>
        </message>
        <message>
            <source>the model takes inputs of shape {shape}, not the {count} input features {names}</source>
            <translation>the model takes inputs of shape {shape}, not the {count} input features {names}</translation>
        </message>
        <message>
            <source>the model config has no 'layers' list</source>
            <translation>the model config has no 'layers' list</translation>
        </message>
        <message>
            <source>the model output {name!r} is not a layer of the model</source>
            <translation>the model output {name!r} is not a layer of the model</translation>
        </message>
        <message>
            <source>not a .keras file: a .keras model is a zip archive (it starts with 'PK')</source>
            <translation>not a .keras file: a .keras model is a zip archive (it starts with 'PK')</translation>
        </message>
        <message>
            <source>not a readable .keras file: the zip archive is truncated (no end of central directory)</source>
            <translation>not a readable .keras file: the zip archive is truncated (no end of central directory)</translation>
        </message>
        <message>
            <source>the zip archive uses ZIP64 records; a .keras model within annstudio's budget never needs them</source>
            <translation>the zip archive uses ZIP64 records; a .keras model within annstudio's budget never needs them</translation>
        </message>
        <message>
            <source>the zip archive lists {count:,} members in {size:,} bytes; a .keras model has {expected}</source>
            <translation>the zip archive lists {count:,} members in {size:,} bytes; a .keras model has {expected}</translation>
        </message>
        <message>
            <source>the archive member {name!r} declares {size:,} bytes, more than the {budget:,} bytes allowed for it</source>
            <translation>the archive member {name!r} declares {size:,} bytes, more than the {budget:,} bytes allowed for it</translation>
        </message>
        <message>
            <source>the archive member {name!r} inflates {stored:,} bytes to {size:,} bytes, more than {ratio} times (a zip bomb?); refused</source>
            <translation>the archive member {name!r} inflates {stored:,} bytes to {size:,} bytes, more than {ratio} times (a zip bomb?); refused</translation>
        </message>
        <message>
            <source>config.json is not an object</source>
            <translation>config.json is not an object</translation>
        </message>
        <message>
            <source>config.json: unknown field(s) {names}</source>
            <translation>config.json: unknown field(s) {names}</translation>
        </message>
        <message>
            <source>metadata.json {name!r} names {count} input features but the model takes inputs of shape {shape}</source>
            <translation>metadata.json {name!r} names {count} input features but the model takes inputs of shape {shape}</translation>
        </message>
        <message>
            <source>no weights for {names}</source>
            <translation>no weights for {names}</translation>
        </message>
        <message>
            <source>the file is damaged or not a Keras model file ({reason})</source>
            <translation>the file is damaged or not a Keras model file ({reason})</translation>
        </message>
        <message>
            <source>not a .keras zip archive: this is an HDF5 (.h5) file; name it .h5</source>
            <translation>not a .keras zip archive: this is an HDF5 (.h5) file; name it .h5</translation>
        </message>
        <message>
            <source>the archive member {name!r} points outside the archive (path traversal); refused</source>
            <translation>the archive member {name!r} points outside the archive (path traversal); refused</translation>
        </message>
        <message>
            <source>the archive member {name!r} is a folder; a .keras model holds only {expected}</source>
            <translation>the archive member {name!r} is a folder; a .keras model holds only {expected}</translation>
        </message>
        <message>
            <source>unexpected archive member {name!r}; a .keras model that annstudio reads holds only {expected}</source>
            <translation>unexpected archive member {name!r}; a .keras model that annstudio reads holds only {expected}</translation>
        </message>
        <message>
            <source>the archive member {name!r} is not a regular file (a link?); refused</source>
            <translation>the archive member {name!r} is not a regular file (a link?); refused</translation>
        </message>
        <message>
            <source>the archive holds {name!r} twice</source>
            <translation>the archive holds {name!r} twice</translation>
        </message>
        <message>
            <source>the archive member {name!r} is encrypted</source>
            <translation>the archive member {name!r} is encrypted</translation>
        </message>
        <message>
            <source>the archive member {name!r} uses compression method {method}; only stored and deflated members are read</source>
            <translation>the archive member {name!r} uses compression method {method}; only stored and deflated members are read</translation>
        </message>
        <message>
            <source> (its weights are in model.weights.npz, which annstudio does not read)</source>
            <translation> (its weights are in model.weights.npz, which annstudio does not read)</translation>
        </message>
        <message>
            <source>the archive has no {name!r}{extra}; not a Keras model file</source>
            <translation>the archive has no {name!r}{extra}; not a Keras model file</translation>
        </message>
        <message>
            <source>{name} is not valid JSON ({problem})</source>
            <translation>{name} is not valid JSON ({problem})</translation>
        </message>
        <message>
            <source>config.json: compile_config is not an object</source>
            <translation>config.json: compile_config is not an object</translation>
        </message>
        <message>
            <source>metadata.json is not an object</source>
            <translation>metadata.json is not an object</translation>
        </message>
        <message>
            <source>{name} is not a readable HDF5 file ({reason})</source>
            <translation>{name} is not a readable HDF5 file ({reason})</translation>
        </message>
        <message>
            <source>the optimizer's state in the file is not used: training starts with a fresh one</source>
            <translation>the optimizer's state in the file is not used: training starts with a fresh one</translation>
        </message>
        <message>
            <source>metadata.json {name!r}: {problem}</source>
            <translation>metadata.json {name!r}: {problem}</translation>
        </message>
        <message>
            <source>{label} holds numbers written with thousands separators ({count} of {rows} values, the first {field!r} at line {line}), which are not read as numbers — save the file without them (in Excel: Format Cells › Number, untick “Use 1000 Separator (,)”, then save as CSV again), or delete the commas</source>
            <translation>{label} holds numbers written with thousands separators ({count} of {rows} values, the first {field!r} at line {line}), which are not read as numbers — save the file without them (in Excel: Format Cells › Number, untick “Use 1000 Separator (,)”, then save as CSV again), or delete the commas</translation>
        </message>
        <message>
            <source>{title} was not found. Put its four IDX files ({idx_names}) or a Keras-style {npz} (arrays {arrays}) into one of these folders: {folders} — or choose their folder (in the Data panel: Folder; in a project file or on the command line: folder).</source>
            <translation>{title} was not found. Put its four IDX files ({idx_names}) or a Keras-style {npz} (arrays {arrays}) into one of these folders: {folders} — or choose their folder (in the Data panel: Folder; in a project file or on the command line: folder).</translation>
        </message>
        <message>
            <source>When online, let it download (in the Data panel: Download if missing; in a project file or on the command line: download=true): annstudio then fetches the files keras.datasets.{module}.load_data() uses into {target} (kept for next time).</source>
            <translation>When online, let it download (in the Data panel: Download if missing; in a project file or on the command line: download=true): annstudio then fetches the files keras.datasets.{module}.load_data() uses into {target} (kept for next time).</translation>
        </message>
        <message>
            <source>ModelCheckpoint file name {filepath!r:.100}: the name must end in .h5 or .keras (Keras and annstudio open a model file by its ending)</source>
            <translation>ModelCheckpoint file name {filepath!r:.100}: the name must end in .h5 or .keras (Keras and annstudio open a model file by its ending)</translation>
        </message>
        <message>
            <source>{field} {value!r:.80}: {file} is a file, not a folder; choose another name</source>
            <translation>{field} {value!r:.80}: {file} is a file, not a folder; choose another name</translation>
        </message>
        <message>
            <source>{field} {value!r:.80} is a file, not a folder; choose another name</source>
            <translation>{field} {value!r:.80} is a file, not a folder; choose another name</translation>
        </message>
        <message>
            <source>{field} {value!r:.80} is a folder; name a file in it</source>
            <translation>{field} {value!r:.80} is a folder; name a file in it</translation>
        </message>
        <message>
            <source>the TensorFlow backend cannot train this model: {problem}; rename it (the NumPy backend takes any name)</source>
            <translation>the TensorFlow backend cannot train this model: {problem}; rename it (the NumPy backend takes any name)</translation>
        </message>
        <message>
            <source>{path} holds something other than sweep results; writing them there would replace it: choose another file name</source>
            <translation>{path} holds something other than sweep results; writing them there would replace it: choose another file name</translation>
        </message>
        <message>
            <source>{key} became {value} at the end of epoch {epoch}: training diverged; the weights were restored to the start of epoch {epoch}.</source>
            <translation>{key} became {value} at the end of epoch {epoch}: training diverged; the weights were restored to the start of epoch {epoch}.</translation>
        </message>
        <message>
            <source>model name: {problem}; rename the model to export Keras code</source>
            <translation>model name: {problem}; rename the model to export Keras code</translation>
        </message>
        <message>
            <source>layer {name!r}: {problem}; rename the layer to export Keras code</source>
            <translation>layer {name!r}: {problem}; rename the layer to export Keras code</translation>
        </message>
        <message>
            <source>line {value} holds {bad!r}, which is not a finite number</source>
            <translation>line {value} holds {bad!r}, which is not a finite number</translation>
        </message>
        <message>
            <source>line {value} has {count} values, the first row has {width}</source>
            <translation>line {value} has {count} values, the first row has {width}</translation>
        </message>
        <message>
            <source>line {value} holds {bad!r}, which is not a number</source>
            <translation>line {value} holds {bad!r}, which is not a number</translation>
        </message>
        <message>
            <source>metrics not used: {names} (annstudio computes accuracy, mae and mse)</source>
            <translation>metrics not used: {names} (annstudio computes accuracy, mae and mse)</translation>
        </message>
        <message>
            <source>{where} holds {found} but layer {layer!r} has {count} weight(s) ({names})</source>
            <translation>{where} holds {found} but layer {layer!r} has {count} weight(s) ({names})</translation>
        </message>
        <message>
            <source>the archive member {name!r} inflates to more than the {size:,} bytes it declares; refused</source>
            <translation>the archive member {name!r} inflates to more than the {size:,} bytes it declares; refused</translation>
        </message>
        <message>
            <source>not a readable .keras file: the zip archive is damaged or truncated ({reason})</source>
            <translation>not a readable .keras file: the zip archive is damaged or truncated ({reason})</translation>
        </message>
        <message>
            <source>Plain gradient descent with η = {lr}, starting at {name} = {w}: after one step, what is {name}?</source>
            <translation>Plain gradient descent with η = {lr}, starting at {name} = {w}: after one step, what is {name}?</translation>
        </message>
        <message>
            <source>The slope there is ∂L/∂{name} = {g}, so {name} − η·∂L/∂{name} = {w} − {lr} × {g} = {new}.</source>
            <translation>The slope there is ∂L/∂{name} = {g}, so {name} − η·∂L/∂{name} = {w} − {lr} × {g} = {new}.</translation>
        </message>
        <message>
            <source>not a text file in UTF-8 or CP949 encoding; save it as 'CSV UTF-8'</source>
            <translation>not a text file in UTF-8 or CP949 encoding; save it as 'CSV UTF-8'</translation>
        </message>
        <message>
            <source>crawling: {steps} steps took the loss from {start} to {end}; a larger learning rate would get there sooner</source>
            <translation>crawling: {steps} steps took the loss from {start} to {end}; a larger learning rate would get there sooner</translation>
        </message>
        <message>
            <source>Plain gradient descent with η = {lr}, from where the walk is now ({name} = {w}, {other} = {b}): after the next step, what is {name}?</source>
            <translation>Plain gradient descent with η = {lr}, from where the walk is now ({name} = {w}, {other} = {b}): after the next step, what is {name}?</translation>
        </message>
        <message>
            <source>press Step or Run to take steps</source>
            <translation>press Step or Run to take steps</translation>
        </message>
        <message>
            <source>oscillating: after {steps} steps it still jumps from side to side of the valley; try a smaller learning rate</source>
            <translation>oscillating: after {steps} steps it still jumps from side to side of the valley; try a smaller learning rate</translation>
        </message>
        <message>
            <source>oscillating: the loss went up on {rises} of the {steps} steps, each time the path swung past the bottom of the valley and back; try a smaller learning rate (or, with momentum, less of it)</source>
            <translation>oscillating: the loss went up on {rises} of the {steps} steps, each time the path swung past the bottom of the valley and back; try a smaller learning rate (or, with momentum, less of it)</translation>
        </message>
        <message>
            <source>nearly there: {steps} steps took the loss from {start} to {end}, and the last {last} changed it by less than 1 % of that; it is close to the bottom, where the slope, and so each step, is small</source>
            <translation>nearly there: {steps} steps took the loss from {start} to {end}, and the last {last} changed it by less than 1 % of that; it is close to the bottom, where the slope, and so each step, is small</translation>
        </message>
        <message>
            <source>diverged at step {step}: each step overshoots further; use a smaller learning rate</source>
            <translation>diverged at step {step}: each step overshoots further; use a smaller learning rate</translation>
        </message>
        <message>
            <source>converged in {steps} steps (loss {loss})</source>
            <translation>converged in {steps} steps (loss {loss})</translation>
        </message>
        <message>
            <source>one step so far: the loss went from {start} to {end}; take a few more to see what this learning rate does</source>
            <translation>one step so far: the loss went from {start} to {end}; take a few more to see what this learning rate does</translation>
        </message>
        <message>
            <source>{steps} steps so far: the loss went from {start} to {end}; take a few more to see what this learning rate does</source>
            <translation>{steps} steps so far: the loss went from {start} to {end}; take a few more to see what this learning rate does</translation>
        </message>
        <message>
            <source>a comparison</source>
            <translation>a comparison</translation>
        </message>
        <message>
            <source>and/or</source>
            <translation>and/or</translation>
        </message>
        <message>
            <source>if–else</source>
            <translation>if–else</translation>
        </message>
        <message>
            <source>a comma (tuple)</source>
            <translation>a comma (tuple)</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>a list</translation>
        </message>
        <message>
            <source>a dictionary</source>
            <translation>a dictionary</translation>
        </message>
        <message>
            <source>a set</source>
            <translation>a set</translation>
        </message>
        <message>
            <source>an assignment (:=)</source>
            <translation>an assignment (:=)</translation>
        </message>
        <message>
            <source>a starred argument</source>
            <translation>a starred argument</translation>
        </message>
        <message>
            <source>await</source>
            <translation>await</translation>
        </message>
        <message>
            <source>yield</source>
            <translation>yield</translation>
        </message>
        <message>
            <source>a slice</source>
            <translation>a slice</translation>
        </message>
        <message>
            <source>Type an expression, e.g. (x + y) * z.</source>
            <translation>Type an expression, e.g. (x + y) * z.</translation>
        </message>
        <message>
            <source>The expression is too long: {length} characters, at most {limit}.</source>
            <translation>The expression is too long: {length} characters, at most {limit}.</translation>
        </message>
        <message>
            <source>The expression is nested too deeply (at most {limit} levels).</source>
            <translation>The expression is nested too deeply (at most {limit} levels).</translation>
        </message>
        <message>
            <source>The expression is too big: {count} parts, at most {limit}.</source>
            <translation>The expression is too big: {count} parts, at most {limit}.</translation>
        </message>
        <message>
            <source>Text in quotes ({text!r} at column {col}) is not allowed: only numbers and names.</source>
            <translation>Text in quotes ({text!r} at column {col}) is not allowed: only numbers and names.</translation>
        </message>
        <message>
            <source>{text!r} at column {col} is not a real number.</source>
            <translation>{text!r} at column {col} is not a real number.</translation>
        </message>
        <message>
            <source>The number {text!r} at column {col} is too large (at most {limit} in size).</source>
            <translation>The number {text!r} at column {col} is too large (at most {limit} in size).</translation>
        </message>
        <message>
            <source>{text!r} at column {col} is a function: write {text}(…).</source>
            <translation>{text!r} at column {col} is a function: write {text}(…).</translation>
        </message>
        <message>
            <source>The name {text!r} at column {col} is not allowed: names may not start with _.</source>
            <translation>The name {text!r} at column {col} is not allowed: names may not start with _.</translation>
        </message>
        <message>
            <source>The name at column {col} is too long (at most {limit} characters).</source>
            <translation>The name at column {col} is too long (at most {limit} characters).</translation>
        </message>
        <message>
            <source>Attribute access ({text!r} at column {col}) is not allowed: use plain names like x.</source>
            <translation>Attribute access ({text!r} at column {col}) is not allowed: use plain names like x.</translation>
        </message>
        <message>
            <source>Unknown function in {text!r} at column {col}: only {allowed} can be called.</source>
            <translation>Unknown function in {text!r} at column {col}: only {allowed} can be called.</translation>
        </message>
        <message>
            <source>{name}() at column {col} takes exactly one argument.</source>
            <translation>{name}() at column {col} takes exactly one argument.</translation>
        </message>
        <message>
            <source>The expression cannot be read at column {col}: check the brackets and operators there.</source>
            <translation>The expression cannot be read at column {col}: check the brackets and operators there.</translation>
        </message>
        <message>
            <source>The operator in {text!r} at column {col} is not allowed: use + − × ÷ and powers.</source>
            <translation>The operator in {text!r} at column {col} is not allowed: use + − × ÷ and powers.</translation>
        </message>
        <message>
            <source>Too many variables: at most {limit}.</source>
            <translation>Too many variables: at most {limit}.</translation>
        </message>
        <message>
            <source>The exponent in {text!r} at column {col} must be one number between −{limit} and {limit}.</source>
            <translation>The exponent in {text!r} at column {col} must be one number between −{limit} and {limit}.</translation>
        </message>
        <message>
            <source>Indexing with [ ] ({text!r} at column {col}) is not allowed.</source>
            <translation>Indexing with [ ] ({text!r} at column {col}) is not allowed.</translation>
        </message>
        <message>
            <source>A lambda ({text!r} at column {col}) is not allowed.</source>
            <translation>A lambda ({text!r} at column {col}) is not allowed.</translation>
        </message>
        <message>
            <source>A comprehension ({text!r} at column {col}) is not allowed.</source>
            <translation>A comprehension ({text!r} at column {col}) is not allowed.</translation>
        </message>
        <message>
            <source>this construct</source>
            <translation>this construct</translation>
        </message>
        <message>
            <source>exp underflowed: e to a power below about −745 is smaller than the smallest float, so every exp became 0 and so did their sum; 0 / 0 is not a number: the result is nan</source>
            <translation>exp underflowed: e to a power below about −745 is smaller than the smallest float, so every exp became 0 and so did their sum; 0 / 0 is not a number: the result is nan</translation>
        </message>
        <message>
            <source>exp overflowed: e to a power above about 709 is larger than the largest float, so it became inf</source>
            <translation>exp overflowed: e to a power above about 709 is larger than the largest float, so it became inf</translation>
        </message>
        <message>
            <source>inf / inf is not a number: the result is nan</source>
            <translation>inf / inf is not a number: the result is nan</translation>
        </message>
        <message>
            <source>type one number in a cell, not {count}</source>
            <translation>type one number in a cell, not {count}</translation>
        </message>
        <message>
            <source>{value} is too large: a cell takes numbers from -1e6 to 1e6</source>
            <translation>{value} is too large: a cell takes numbers from -1e6 to 1e6</translation>
        </message>
        <message>
            <source>layer {k}: {shapes} does not fit: the inner sizes {n} and {m} differ</source>
            <translation>layer {k}: {shapes} does not fit: the inner sizes {n} and {m} differ</translation>
        </message>
        <message>
            <source>one sample of the data, as the model receives it</source>
            <translation>one sample of the data, as the model receives it</translation>
        </message>
        <message>
            <source>applies {activation} to every value</source>
            <translation>applies {activation} to every value</translation>
        </message>
        <message>
            <source>passed through: dropout only zeroes values while training</source>
            <translation>passed through: dropout only zeroes values while training</translation>
        </message>
        <message>
            <source>the same values, reshaped into one vector</source>
            <translation>the same values, reshaped into one vector</translation>
        </message>
        <message>
            <source>its inputs side by side: {inputs}</source>
            <translation>its inputs side by side: {inputs}</translation>
        </message>
        <message>
            <source>(x − moving mean) / √(moving variance + ε) · γ + β, with the stored statistics</source>
            <translation>(x − moving mean) / √(moving variance + ε) · γ + β, with the stored statistics</translation>
        </message>
        <message>
            <source>x · {scale} + {offset} for every value</source>
            <translation>x · {scale} + {offset} for every value</translation>
        </message>
        <message>
            <source>the forward pass lab cannot trace a {kind} layer yet</source>
            <translation>the forward pass lab cannot trace a {kind} layer yet</translation>
        </message>
        <message>
            <source>the number is too large</source>
            <translation>the number is too large</translation>
        </message>
        <message>
            <source>ReLU: max({a}, 0) = {y}.</source>
            <translation>ReLU: max({a}, 0) = {y}.</translation>
        </message>
        <message>
            <source>ReLU passes the gradient where its input is positive and blocks it elsewhere: input {a}, so it sends {ga}.</source>
            <translation>ReLU passes the gradient where its input is positive and blocks it elsewhere: input {a}, so it sends {ga}.</translation>
        </message>
        <message>
            <source>One item: apples with tax</source>
            <translation>One item: apples with tax</translation>
        </message>
        <message>
            <source>Two items: apples and oranges with tax</source>
            <translation>Two items: apples and oranges with tax</translation>
        </message>
        <message>
            <source>z = (x + y)²</source>
            <translation>z = (x + y)²</translation>
        </message>
        <message>
            <source>e = (a + b)(b + 1)</source>
            <translation>e = (a + b)(b + 1)</translation>
        </message>
        <message>
            <source>division by zero</source>
            <translation>division by zero</translation>
        </message>
        <message>
            <source>log needs a positive input</source>
            <translation>log needs a positive input</translation>
        </message>
        <message>
            <source>0 to a negative power, or a negative number to a fractional power, or too large</source>
            <translation>0 to a negative power, or a negative number to a fractional power, or too large</translation>
        </message>
        <message>
            <source>Add: {a} + {b} = {y}; the sum goes onto the outgoing edge.</source>
            <translation>Add: {a} + {b} = {y}; the sum goes onto the outgoing edge.</translation>
        </message>
        <message>
            <source>Subtract: {a} − {b} = {y}.</source>
            <translation>Subtract: {a} − {b} = {y}.</translation>
        </message>
        <message>
            <source>Multiply: {a} × {b} = {y}; the product goes onto the outgoing edge.</source>
            <translation>Multiply: {a} × {b} = {y}; the product goes onto the outgoing edge.</translation>
        </message>
        <message>
            <source>Divide: {a} ÷ {b} = {y}.</source>
            <translation>Divide: {a} ÷ {b} = {y}.</translation>
        </message>
        <message>
            <source>Negate: −({a}) = {y}.</source>
            <translation>Negate: −({a}) = {y}.</translation>
        </message>
        <message>
            <source>Power: {a} ^ {n} = {y}.</source>
            <translation>Power: {a} ^ {n} = {y}.</translation>
        </message>
        <message>
            <source>Exponential: exp({a}) = {y}.</source>
            <translation>Exponential: exp({a}) = {y}.</translation>
        </message>
        <message>
            <source>Natural logarithm: log({a}) = {y}.</source>
            <translation>Natural logarithm: log({a}) = {y}.</translation>
        </message>
        <message>
            <source>Sigmoid: σ({a}) = 1 / (1 + exp(−{a})) = {y}.</source>
            <translation>Sigmoid: σ({a}) = 1 / (1 + exp(−{a})) = {y}.</translation>
        </message>
        <message>
            <source>Hyperbolic tangent: tanh({a}) = {y}.</source>
            <translation>Hyperbolic tangent: tanh({a}) = {y}.</translation>
        </message>
        <message>
            <source>Add passes the gradient on unchanged: each input gets {g}.</source>
            <translation>Add passes the gradient on unchanged: each input gets {g}.</translation>
        </message>
        <message>
            <source>Subtract passes the gradient to the first input and its negative to the second: {ga} and {gb}.</source>
            <translation>Subtract passes the gradient to the first input and its negative to the second: {ga} and {gb}.</translation>
        </message>
        <message>
            <source>Multiply sends each input the gradient times the other input: {g} × {b} = {ga} and {g} × {a} = {gb}.</source>
            <translation>Multiply sends each input the gradient times the other input: {g} × {b} = {ga} and {g} × {a} = {gb}.</translation>
        </message>
        <message>
            <source>Divide (y = a ÷ b): a gets g ÷ b = {g} ÷ {b} = {ga}; b gets −g·a ÷ b² = {gb}.</source>
            <translation>Divide (y = a ÷ b): a gets g ÷ b = {g} ÷ {b} = {ga}; b gets −g·a ÷ b² = {gb}.</translation>
        </message>
        <message>
            <source>Negate sends the gradient back with its sign flipped: {ga}.</source>
            <translation>Negate sends the gradient back with its sign flipped: {ga}.</translation>
        </message>
        <message>
            <source>Power (y = a^n) sends g·n·a^(n−1) = {g} × {n} × {a}^{n1} = {ga}.</source>
            <translation>Power (y = a^n) sends g·n·a^(n−1) = {g} × {n} × {a}^{n1} = {ga}.</translation>
        </message>
        <message>
            <source>Exp is its own derivative: the input gets g·y = {g} × {y} = {ga}.</source>
            <translation>Exp is its own derivative: the input gets g·y = {g} × {y} = {ga}.</translation>
        </message>
        <message>
            <source>Log sends g ÷ a = {g} ÷ {a} = {ga}.</source>
            <translation>Log sends g ÷ a = {g} ÷ {a} = {ga}.</translation>
        </message>
        <message>
            <source>Sigmoid sends g·y(1 − y) = {g} × {y} × (1 − {y}) = {ga}.</source>
            <translation>Sigmoid sends g·y(1 − y) = {g} × {y} × (1 − {y}) = {ga}.</translation>
        </message>
        <message>
            <source>Tanh sends g·(1 − y²) = {g} × (1 − {y}²) = {ga}.</source>
            <translation>Tanh sends g·(1 − y²) = {g} × (1 − {y}²) = {ga}.</translation>
        </message>
        <message>
            <source>apple price</source>
            <translation>apple price</translation>
        </message>
        <message>
            <source>apples</source>
            <translation>apples</translation>
        </message>
        <message>
            <source>tax</source>
            <translation>tax</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>orange price</source>
            <translation>orange price</translation>
        </message>
        <message>
            <source>oranges</source>
            <translation>oranges</translation>
        </message>
        <message>
            <source>Press Forward step: each operation computes its value from the values coming in.</source>
            <translation>Press Forward step: each operation computes its value from the values coming in.</translation>
        </message>
        <message>
            <source>Start at the output: ∂{out}/∂{out} = 1, the gradient on the last edge.</source>
            <translation>Start at the output: ∂{out}/∂{out} = 1, the gradient on the last edge.</translation>
        </message>
        <message>
            <source>{var} feeds {count} edges, so its gradient is their sum: {parts} = {total}.</source>
            <translation>{var} feeds {count} edges, so its gradient is their sum: {parts} = {total}.</translation>
        </message>
        <message>
            <source>What is ∂{out}/∂{var}? Type it before the backward pass.</source>
            <translation>What is ∂{out}/∂{var}? Type it before the backward pass.</translation>
        </message>
        <message>
            <source>What is ∂{out}/∂{var}? The backward pass shows it already; press Reset to work it out before it does.</source>
            <translation>What is ∂{out}/∂{var}? The backward pass shows it already; press Reset to work it out before it does.</translation>
        </message>
        <message>
            <source>Multiply the local gradients along the path from {out} back to {var}: {chain} = {total}.</source>
            <translation>Multiply the local gradients along the path from {out} back to {var}: {chain} = {total}.</translation>
        </message>
        <message>
            <source>Multiply the local gradients along the path from {out} back to {var}: {total}.</source>
            <translation>Multiply the local gradients along the path from {out} back to {var}: {total}.</translation>
        </message>
        <message>
            <source>This graph cannot be computed at these values: {why} (at the {node} node).</source>
            <translation>This graph cannot be computed at these values: {why} (at the {node} node).</translation>
        </message>
        <message>
            <source>target t</source>
            <translation>target t</translation>
        </message>
        <message>
            <source>w ← w − η ∂L/∂w = {w} − {eta} × {gw} = {nw}
b ← b − η ∂L/∂b = {b} − {eta} × {gb} = {nb}</source>
            <translation>w ← w − η ∂L/∂w = {w} − {eta} × {gw} = {nw}
b ← b − η ∂L/∂b = {b} − {eta} × {gb} = {nb}</translation>
        </message>
        <message>
            <source>{terms} = {total} &gt; θ = {theta}: yes, go out</source>
            <translation>{terms} = {total} &gt; θ = {theta}: yes, go out</translation>
        </message>
        <message>
            <source>{terms} = {total} ≤ θ = {theta}: no, stay home</source>
            <translation>{terms} = {total} ≤ θ = {theta}: no, stay home</translation>
        </message>
        <message>
            <source>Weights ({weights}), inputs ({inputs}): what is the weighted sum?</source>
            <translation>Weights ({weights}), inputs ({inputs}): what is the weighted sum?</translation>
        </message>
        <message>
            <source>z = w1·x1 + w2·x2 + b = {w1}·{x1} + {w2}·{x2} + ({b}) = {z}; {why}</source>
            <translation>z = w1·x1 + w2·x2 + b = {w1}·{x1} + {w2}·{x2} + ({b}) = {z}; {why}</translation>
        </message>
        <message>
            <source>z = {z} ≥ 0, so the output is +1</source>
            <translation>z = {z} ≥ 0, so the output is +1</translation>
        </message>
        <message>
            <source>z = {z} &lt; 0, so the output is −1</source>
            <translation>z = {z} &lt; 0, so the output is −1</translation>
        </message>
        <message>
            <source>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} ≤ θ = {theta}, so the output is 0</source>
            <translation>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} ≤ θ = {theta}, so the output is 0</translation>
        </message>
        <message>
            <source>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} &lt; θ = {theta}, so the output is 0</source>
            <translation>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} &lt; θ = {theta}, so the output is 0</translation>
        </message>
        <message>
            <source>What is z = w1·x1 + w2·x2 + b for the input ({x1}, {x2})?</source>
            <translation>What is z = w1·x1 + w2·x2 + b for the input ({x1}, {x2})?</translation>
        </message>
        <message>
            <source>z = {z} ≥ 0, so the output is 1</source>
            <translation>z = {z} ≥ 0, so the output is 1</translation>
        </message>
        <message>
            <source>z = {z} &lt; 0, so the output is 0</source>
            <translation>z = {z} &lt; 0, so the output is 0</translation>
        </message>
        <message>
            <source>z = {z} &gt; 0, so the output is 1</source>
            <translation>z = {z} &gt; 0, so the output is 1</translation>
        </message>
        <message>
            <source>z = {z} ≤ 0, so the output is 0</source>
            <translation>z = {z} ≤ 0, so the output is 0</translation>
        </message>
        <message>
            <source>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} &gt; θ = {theta}, so the output is 1</source>
            <translation>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} &gt; θ = {theta}, so the output is 1</translation>
        </message>
        <message>
            <source>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} ≥ θ = {theta}, so the output is 1</source>
            <translation>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} ≥ θ = {theta}, so the output is 1</translation>
        </message>
        <message>
            <source>With these weights (w1 = {w1}, w2 = {w2}, θ = {theta}), what does the unit output for ({x1}, {x2})?</source>
            <translation>With these weights (w1 = {w1}, w2 = {w2}, θ = {theta}), what does the unit output for ({x1}, {x2})?</translation>
        </message>
        <message>
            <source>What is the weighted sum w·x = w1·x1 + w2·x2 for the input ({x1}, {x2})?</source>
            <translation>What is the weighted sum w·x = w1·x1 + w2·x2 for the input ({x1}, {x2})?</translation>
        </message>
        <message>
            <source>epoch {epoch}, sample {n}: x = ({x}), z = {z}, ŷ = {yhat}, y = {y}</source>
            <translation>epoch {epoch}, sample {n}: x = ({x}), z = {z}, ŷ = {yhat}, y = {y}</translation>
        </message>
        <message>
            <source>Next: sample {n}, x = ({x}), target y = {y}. What is w1 after this step?</source>
            <translation>Next: sample {n}, x = ({x}), target y = {y}. What is w1 after this step?</translation>
        </message>
        <message>
            <source>{a}
{b}</source>
            <translation>{a}
{b}</translation>
        </message>
        <message>
            <source>y − ŷ = {err}: wrong, so w ← w + η(y − ŷ)x and b ← b + η(y − ŷ)</source>
            <translation>y − ŷ = {err}: wrong, so w ← w + η(y − ŷ)x and b ← b + η(y − ŷ)</translation>
        </message>
        <message>
            <source>b = {old} + {eta}·({err}) = {new}</source>
            <translation>b = {old} + {eta}·({err}) = {new}</translation>
        </message>
        <message>
            <source>Epoch {epoch}, sample {n} of {total}; mistakes per finished epoch: {errors}.</source>
            <translation>Epoch {epoch}, sample {n} of {total}; mistakes per finished epoch: {errors}.</translation>
        </message>
        <message>
            <source>ŷ = y: right, so nothing changes</source>
            <translation>ŷ = y: right, so nothing changes</translation>
        </message>
        <message>
            <source>w{i} = {old} + {eta}·({err})·{x} = {new}</source>
            <translation>w{i} = {old} + {eta}·({err})·{x} = {new}</translation>
        </message>
        <message>
            <source>The weights after epoch {later} are those after epoch {earlier}: the rule goes round in a circle.</source>
            <translation>The weights after epoch {later} are those after epoch {earlier}: the rule goes round in a circle.</translation>
        </message>
        <message>
            <source>type a number first</source>
            <translation>type a number first</translation>
        </message>
        <message>
            <source>{part!r} is not a number</source>
            <translation>{part!r} is not a number</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>Right!</translation>
        </message>
        <message>
            <source>Not quite — look at the working.</source>
            <translation>Not quite — look at the working.</translation>
        </message>
        <message>
            <source>{part!r} is too large to be a number here</source>
            <translation>{part!r} is too large to be a number here</translation>
        </message>
        <message>
            <source>the model reads the columns {names} of its data file ({count} columns, or its {width} features as numbers); the file has {found} columns</source>
            <translation>the model reads the columns {names} of its data file ({count} columns, or its {width} features as numbers); the file has {found} columns</translation>
        </message>
        <message>
            <source>{key} must be true or false, got {value!r}</source>
            <translation>{key} must be true or false, got {value!r}</translation>
        </message>
        <message>
            <source>{path}: not a valid project file (JSON error at line {line}, column {column}: {problem})</source>
            <translation>{path}: not a valid project file (JSON error at line {line}, column {column}: {problem})</translation>
        </message>
        <message>
            <source>{path}: not a valid project file ({problem})</source>
            <translation>{path}: not a valid project file ({problem})</translation>
        </message>
        <message>
            <source>unknown layer kind {kind!r}</source>
            <translation>unknown layer kind {kind!r}</translation>
        </message>
        <message>
            <source>a layer name cannot be empty</source>
            <translation>a layer name cannot be empty</translation>
        </message>
        <message>
            <source>the name {name!r} is already used by another layer</source>
            <translation>the name {name!r} is already used by another layer</translation>
        </message>
        <message>
            <source>layer {layer!r}: {problem}</source>
            <translation>layer {layer!r}: {problem}</translation>
        </message>
        <message>
            <source>the JSON text nests {depth} levels deep; at most {max_depth} are accepted</source>
            <translation>the JSON text nests {depth} levels deep; at most {max_depth} are accepted</translation>
        </message>
        <message>
            <source>the JSON text nests too deeply; at most {max_depth} levels are accepted</source>
            <translation>the JSON text nests too deeply; at most {max_depth} levels are accepted</translation>
        </message>
        <message>
            <source>the JSON text holds a number that cannot be read ({problem})</source>
            <translation>the JSON text holds a number that cannot be read ({problem})</translation>
        </message>
        <message>
            <source>activation {value!r} has no Keras equivalent; Keras knows {names}</source>
            <translation>activation {value!r} has no Keras equivalent; Keras knows {names}</translation>
        </message>
        <message>
            <source>unsupported input shape {value!r} (need fixed positive sizes)</source>
            <translation>unsupported input shape {value!r} (need fixed positive sizes)</translation>
        </message>
        <message>
            <source>a layer config must be an object, got {type}</source>
            <translation>a layer config must be an object, got {type}</translation>
        </message>
        <message>
            <source>a Lambda layer (it would run code stored in the file)</source>
            <translation>a Lambda layer (it would run code stored in the file)</translation>
        </message>
        <message>
            <source>the layer class {cls!r}</source>
            <translation>the layer class {cls!r}</translation>
        </message>
        <message>
            <source>{what} is not supported; annstudio reads {names}</source>
            <translation>{what} is not supported; annstudio reads {names}</translation>
        </message>
        <message>
            <source>layer class {cls!r} comes from {module!r} / {value!r}, not from Keras</source>
            <translation>layer class {cls!r} comes from {module!r} / {value!r}, not from Keras</translation>
        </message>
        <message>
            <source>the {cls} layer config has no name</source>
            <translation>the {cls} layer config has no name</translation>
        </message>
        <message>
            <source>unsupported initializer {value!r}</source>
            <translation>unsupported initializer {value!r}</translation>
        </message>
        <message>
            <source>unsupported initializer config {value!r}</source>
            <translation>unsupported initializer config {value!r}</translation>
        </message>
        <message>
            <source>activation {value!r} is not supported; expected one of {names}</source>
            <translation>activation {value!r} is not supported; expected one of {names}</translation>
        </message>
        <message>
            <source>unknown setting {key!r} in the {cls} layer config</source>
            <translation>unknown setting {key!r} in the {cls} layer config</translation>
        </message>
        <message>
            <source>{key}={value!r} is not supported (only {allowed!r})</source>
            <translation>{key}={value!r} is not supported (only {allowed!r})</translation>
        </message>
        <message>
            <source>the model class {cls!r} is not supported; annstudio reads Sequential and Functional models</source>
            <translation>the model class {cls!r} is not supported; annstudio reads Sequential and Functional models</translation>
        </message>
        <message>
            <source>unsupported call argument {value!r:.100} (only layer outputs may be passed)</source>
            <translation>unsupported call argument {value!r:.100} (only layer outputs may be passed)</translation>
        </message>
        <message>
            <source>dtype must be one of {names}, got {dtype!r}</source>
            <translation>dtype must be one of {names}, got {dtype!r}</translation>
        </message>
        <message>
            <source>a Keras model config must be an object with 'class_name' and 'config'</source>
            <translation>a Keras model config must be an object with 'class_name' and 'config'</translation>
        </message>
        <message>
            <source>model class {cls!r} comes from {module!r} / {registered!r}, not from Keras</source>
            <translation>model class {cls!r} comes from {module!r} / {registered!r}, not from Keras</translation>
        </message>
        <message>
            <source>Sequential model {name!r}</source>
            <translation>Sequential model {name!r}</translation>
        </message>
        <message>
            <source>Functional model</source>
            <translation>Functional model</translation>
        </message>
        <message>
            <source>a {value!r} layer has no name</source>
            <translation>a {value!r} layer has no name</translation>
        </message>
        <message>
            <source>unknown setting(s) {names} in the {what} config</source>
            <translation>unknown setting(s) {names} in the {what} config</translation>
        </message>
        <message>
            <source>the Sequential model {name!r} has neither an InputLayer nor a build_input_shape</source>
            <translation>the Sequential model {name!r} has neither an InputLayer nor a build_input_shape</translation>
        </message>
        <message>
            <source>'{what}' must list [layer, node, tensor] entries, got {value!r:.100}</source>
            <translation>'{what}' must list [layer, node, tensor] entries, got {value!r:.100}</translation>
        </message>
        <message>
            <source>unreadable input reference {ref!r:.100}</source>
            <translation>unreadable input reference {ref!r:.100}</translation>
        </message>
        <message>
            <source>takes output {ref} of call {ref2} of {ref3!r}; shared layers (called more than once) and multi-output layers are not supported</source>
            <translation>takes output {ref} of call {ref2} of {ref3!r}; shared layers (called more than once) and multi-output layers are not supported</translation>
        </message>
        <message>
            <source>unreadable call arguments {kwargs!r:.100}</source>
            <translation>unreadable call arguments {kwargs!r:.100}</translation>
        </message>
        <message>
            <source>call arguments {bad!r:.100} are not supported</source>
            <translation>call arguments {bad!r:.100} are not supported</translation>
        </message>
        <message>
            <source>'inbound_nodes' must be a list</source>
            <translation>'inbound_nodes' must be a list</translation>
        </message>
        <message>
            <source>the layer is called {count} times; shared layers are not supported</source>
            <translation>the layer is called {count} times; shared layers are not supported</translation>
        </message>
        <message>
            <source>takes {count} inputs, expected 1</source>
            <translation>takes {count} inputs, expected 1</translation>
        </message>
        <message>
            <source>the model has more than one Input layer ({input_name!r} and {name!r}); annstudio models have exactly one input</source>
            <translation>the model has more than one Input layer ({input_name!r} and {name!r}); annstudio models have exactly one input</translation>
        </message>
        <message>
            <source>the model has more than {max_layers} layers</source>
            <translation>the model has more than {max_layers} layers</translation>
        </message>
        <message>
            <source>models are nested more than {max_depth} deep</source>
            <translation>models are nested more than {max_depth} deep</translation>
        </message>
        <message>
            <source>the Sequential model {name!r} has no 'layers' list</source>
            <translation>the Sequential model {name!r} has no 'layers' list</translation>
        </message>
        <message>
            <source>the Sequential model {name!r} is frozen (trainable=False), which is not supported</source>
            <translation>the Sequential model {name!r} is frozen (trainable=False), which is not supported</translation>
        </message>
        <message>
            <source>the nested model {name!r} is a Functional model; annstudio reads nested Sequential models only</source>
            <translation>the nested model {name!r} is a Functional model; annstudio reads nested Sequential models only</translation>
        </message>
        <message>
            <source>the nested model {name!r} has no config</source>
            <translation>the nested model {name!r} has no config</translation>
        </message>
        <message>
            <source>the Functional model has no 'layers' list</source>
            <translation>the Functional model has no 'layers' list</translation>
        </message>
        <message>
            <source>the model is frozen (trainable=False), which is not supported</source>
            <translation>the model is frozen (trainable=False), which is not supported</translation>
        </message>
        <message>
            <source>the model has {count} inputs ({names}); annstudio models have exactly one input</source>
            <translation>the model has {count} inputs ({names}); annstudio models have exactly one input</translation>
        </message>
        <message>
            <source>the model has {count} outputs ({names}); annstudio models have exactly one output</source>
            <translation>the model has {count} outputs ({names}); annstudio models have exactly one output</translation>
        </message>
        <message>
            <source>the model has {n_inputs} Input layers ({names}); annstudio models have exactly one input</source>
            <translation>the model has {n_inputs} Input layers ({names}); annstudio models have exactly one input</translation>
        </message>
        <message>
            <source>the model input {inputs!r} is not an InputLayer of the model</source>
            <translation>the model input {inputs!r} is not an InputLayer of the model</translation>
        </message>
        <message>
            <source>the model output {outputs!r} is not a layer of the model</source>
            <translation>the model output {outputs!r} is not a layer of the model</translation>
        </message>
        <message>
            <source>the layers form a cycle or are not connected: {names}</source>
            <translation>the layers form a cycle or are not connected: {names}</translation>
        </message>
        <message>
            <source>the model has no Input layer and no input shape</source>
            <translation>the model has no Input layer and no input shape</translation>
        </message>
        <message>
            <source>layer(s) {names} do not lead to the model output {output!r}</source>
            <translation>layer(s) {names} do not lead to the model output {output!r}</translation>
        </message>
        <message>
            <source>'{what}' must list [layer, node, tensor] entries, got {ref!r:.100}</source>
            <translation>'{what}' must list [layer, node, tensor] entries, got {ref!r:.100}</translation>
        </message>
        <message>
            <source>'{what}' refers to output {ref} of call {ref2} of {ref3!r}; annstudio supports layers called once with one output</source>
            <translation>'{what}' refers to output {ref} of call {ref2} of {ref3!r}; annstudio supports layers called once with one output</translation>
        </message>
        <message>
            <source>an InputLayer cannot have inputs</source>
            <translation>an InputLayer cannot have inputs</translation>
        </message>
        <message>
            <source>unreadable inbound node {node!r:.100}</source>
            <translation>unreadable inbound node {node!r:.100}</translation>
        </message>
        <message>
            <source>layer #{k} of {name!r} is not an object</source>
            <translation>layer #{k} of {name!r} is not an object</translation>
        </message>
        <message>
            <source>layer #{k} of the model is not an object</source>
            <translation>layer #{k} of the model is not an object</translation>
        </message>
        <message>
            <source>two layers are named {name!r}</source>
            <translation>two layers are named {name!r}</translation>
        </message>
        <message>
            <source>unsupported call arguments {args!r:.100} (one input or one list of inputs)</source>
            <translation>unsupported call arguments {args!r:.100} (one input or one list of inputs)</translation>
        </message>
        <message>
            <source>unknown key(s) {names} in an inbound node</source>
            <translation>unknown key(s) {names} in an inbound node</translation>
        </message>
        <message>
            <source>the Sequential model {name!r} has an InputLayer at position {k}</source>
            <translation>the Sequential model {name!r} has an InputLayer at position {k}</translation>
        </message>
        <message>
            <source>layer {name!r} takes input from {s!r}, which is not in the model</source>
            <translation>layer {name!r} takes input from {s!r}, which is not in the model</translation>
        </message>
        <message>
            <source>layer {name!r} is not connected to any input</source>
            <translation>layer {name!r} is not connected to any input</translation>
        </message>
        <message>
            <source>the nested model {name!r} must take exactly one input</source>
            <translation>the nested model {name!r} must take exactly one input</translation>
        </message>
        <message>
            <source>module {module!r} is not allowed (only Keras' own objects)</source>
            <translation>module {module!r} is not allowed (only Keras' own objects)</translation>
        </message>
        <message>
            <source>class {cls!r} is not a Keras object annstudio knows</source>
            <translation>class {cls!r} is not a Keras object annstudio knows</translation>
        </message>
        <message>
            <source>registered_name {name!r} is not Keras' own (a custom object)</source>
            <translation>registered_name {name!r} is not Keras' own (a custom object)</translation>
        </message>
        <message>
            <source>function {name!r} is not one of Keras' loss or metric functions</source>
            <translation>function {name!r} is not one of Keras' loss or metric functions</translation>
        </message>
        <message>
            <source>{field}: dtype {name!r} is not supported; expected one of {names}</source>
            <translation>{field}: dtype {name!r} is not supported; expected one of {names}</translation>
        </message>
        <message>
            <source>{field}: seed must be an integer or null, got {value!r}</source>
            <translation>{field}: seed must be an integer or null, got {value!r}</translation>
        </message>
        <message>
            <source>{field}: {value!r} is not a dtype policy</source>
            <translation>{field}: {value!r} is not a dtype policy</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>the name {name} cannot be stored in a Keras .h5 file: it holds a NUL character</source>
            <translation>the name {name} cannot be stored in a Keras .h5 file: it holds a NUL character</translation>
        </message>
        <message>
            <source>the name {name} cannot be stored in a Keras .h5 file (no '/')</source>
            <translation>the name {name} cannot be stored in a Keras .h5 file (no '/')</translation>
        </message>
        <message>
            <source>the name {name} cannot be stored in a Keras .h5 file</source>
            <translation>the name {name} cannot be stored in a Keras .h5 file</translation>
        </message>
        <message>
            <source>the name {name} cannot be stored in a Keras .h5 file: longer than {limit:,} bytes</source>
            <translation>the name {name} cannot be stored in a Keras .h5 file: longer than {limit:,} bytes</translation>
        </message>
        <message>
            <source>the name {name} is reserved by Keras' .h5 layout; rename the layer</source>
            <translation>the name {name} is reserved by Keras' .h5 layout; rename the layer</translation>
        </message>
        <message>
            <source>model name: {problem}</source>
            <translation>model name: {problem}</translation>
        </message>
        <message>
            <source>the name {name} cannot be stored in a Keras .h5 file: it is not valid text</source>
            <translation>the name {name} cannot be stored in a Keras .h5 file: it is not valid text</translation>
        </message>
        <message>
            <source>layer {layer}: {problem}</source>
            <translation>layer {layer}: {problem}</translation>
        </message>
        <message>
            <source>shape</source>
            <translation>shape</translation>
        </message>
        <message>
            <source>units</source>
            <translation>units</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>activation</translation>
        </message>
        <message>
            <source>use_bias</source>
            <translation>use_bias</translation>
        </message>
        <message>
            <source>kernel_initializer</source>
            <translation>kernel_initializer</translation>
        </message>
        <message>
            <source>bias_initializer</source>
            <translation>bias_initializer</translation>
        </message>
        <message>
            <source>kernel_regularizer</source>
            <translation>kernel_regularizer</translation>
        </message>
        <message>
            <source>bias_regularizer</source>
            <translation>bias_regularizer</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>rate</translation>
        </message>
        <message>
            <source>axis</source>
            <translation>axis</translation>
        </message>
        <message>
            <source>momentum</source>
            <translation>momentum</translation>
        </message>
        <message>
            <source>epsilon</source>
            <translation>epsilon</translation>
        </message>
        <message>
            <source>center</source>
            <translation>center</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>scale</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>offset</translation>
        </message>
        <message>
            <source>{key} must be {rule}, got {value!r}</source>
            <translation>{key} must be {rule}, got {value!r}</translation>
        </message>
        <message>
            <source>unknown activation {value!r}; expected one of {choices}</source>
            <translation>unknown activation {value!r}; expected one of {choices}</translation>
        </message>
        <message>
            <source>Input shape must be a list of positive integers, got {value!r}</source>
            <translation>Input shape must be a list of positive integers, got {value!r}</translation>
        </message>
        <message>
            <source>Dense expects a flat input but receives shape {shape}; add a Flatten layer before it</source>
            <translation>Dense expects a flat input but receives shape {shape}; add a Flatten layer before it</translation>
        </message>
        <message>
            <source>Concatenate needs at least two inputs; choose an extra input from an earlier layer</source>
            <translation>Concatenate needs at least two inputs; choose an extra input from an earlier layer</translation>
        </message>
        <message>
            <source>axis {axis!r} is out of range for inputs of rank {rank} (use -1 for the last axis)</source>
            <translation>axis {axis!r} is out of range for inputs of rank {rank} (use -1 for the last axis)</translation>
        </message>
        <message>
            <source>Concatenate inputs must have the same rank, got {shapes}</source>
            <translation>Concatenate inputs must have the same rank, got {shapes}</translation>
        </message>
        <message>
            <source>only the last axis is supported for BatchNormalization, got axis={axis!r}</source>
            <translation>only the last axis is supported for BatchNormalization, got axis={axis!r}</translation>
        </message>
        <message>
            <source>{kind} takes exactly one input, got {count}</source>
            <translation>{kind} takes exactly one input, got {count}</translation>
        </message>
        <message>
            <source>Concatenate inputs must match except on the joined axis, got {shapes}</source>
            <translation>Concatenate inputs must match except on the joined axis, got {shapes}</translation>
        </message>
        <message>
            <source>unknown layer kind {kind!r}; expected one of {choices}</source>
            <translation>unknown layer kind {kind!r}; expected one of {choices}</translation>
        </message>
        <message>
            <source>too many parameters: {count:,}, more than the {max_params:,} a model may have</source>
            <translation>too many parameters: {count:,}, more than the {max_params:,} a model may have</translation>
        </message>
        <message>
            <source>too many values per sample: {count:,}, more than the {max_values:,} a layer may output</source>
            <translation>too many values per sample: {count:,}, more than the {max_values:,} a layer may output</translation>
        </message>
        <message>
            <source>the model has {count:,} parameters, more than the {max_params:,} allowed (this layer, the largest, has {params:,})</source>
            <translation>the model has {count:,} parameters, more than the {max_params:,} allowed (this layer, the largest, has {params:,})</translation>
        </message>
        <message>
            <source>must be text, got {value!r:.80}</source>
            <translation>must be text, got {value!r:.80}</translation>
        </message>
        <message>
            <source>{problem} (double a brace to write it literally)</source>
            <translation>{problem} (double a brace to write it literally)</translation>
        </message>
        <message>
            <source>field {{{field:.80}}}: only names such as {{epoch}} or {{val_loss}} may be filled in</source>
            <translation>field {{{field:.80}}}: only names such as {{epoch}} or {{val_loss}} may be filled in</translation>
        </message>
        <message>
            <source>field {{{field}}}: unknown conversion !{conversion:.20}</source>
            <translation>field {{{field}}}: unknown conversion !{conversion:.20}</translation>
        </message>
        <message>
            <source>field {{{field}}}: {spec!r:.80} is not a format such as 03d or .4f</source>
            <translation>field {{{field}}}: {spec!r:.80} is not a format such as 03d or .4f</translation>
        </message>
        <message>
            <source>field {{{field}}}: width {width:.12} and precision {precision:.12} may be at most {max_width} and {max_precision}</source>
            <translation>field {{{field}}}: width {width:.12} and precision {precision:.12} may be at most {max_width} and {max_precision}</translation>
        </message>
        <message>
            <source>callback {cls}: setting {name!r}: {problem}</source>
            <translation>callback {cls}: setting {name!r}: {problem}</translation>
        </message>
        <message>
            <source>{name}: seed must be an integer or null, got {value!r}</source>
            <translation>{name}: seed must be an integer or null, got {value!r}</translation>
        </message>
        <message>
            <source>{key}: {problem}</source>
            <translation>{key}: {problem}</translation>
        </message>
        <message>
            <source>a positive integer</source>
            <translation>a positive integer</translation>
        </message>
        <message>
            <source>a number in [0, 1)</source>
            <translation>a number in [0, 1)</translation>
        </message>
        <message>
            <source>in [0, 1)</source>
            <translation>in [0, 1)</translation>
        </message>
        <message>
            <source>&gt; 0</source>
            <translation>&gt; 0</translation>
        </message>
        <message>
            <source>a finite number</source>
            <translation>a finite number</translation>
        </message>
        <message>
            <source>layer {layer!r} ({kind}): unknown setting(s) {unknown}; expected {expected}</source>
            <translation>layer {layer!r} ({kind}): unknown setting(s) {unknown}; expected {expected}</translation>
        </message>
        <message>
            <source>a layer must be an object with 'kind', 'name' and 'config', got {data!r:.80}</source>
            <translation>a layer must be an object with 'kind', 'name' and 'config', got {data!r:.80}</translation>
        </message>
        <message>
            <source>layer {layer!r}: 'config' must be an object</source>
            <translation>layer {layer!r}: 'config' must be an object</translation>
        </message>
        <message>
            <source>layer {layer!r}: 'inputs' must be a list of layer names</source>
            <translation>layer {layer!r}: 'inputs' must be a list of layer names</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>scikit-learn is needed for this data set ({problem})</source>
            <translation>scikit-learn is needed for this data set ({problem})</translation>
        </message>
        <message>
            <source>cannot save {path}: weights must be a dict {{'layer/weight': array}}, got {type}</source>
            <translation>cannot save {path}: weights must be a dict {{'layer/weight': array}}, got {type}</translation>
        </message>
        <message>
            <source>The expression cannot be read: use numbers, names, + − × ÷, powers and exp, log, sigmoid, tanh, relu.</source>
            <translation>The expression cannot be read: use numbers, names, + − × ÷, powers and exp, log, sigmoid, tanh, relu.</translation>
        </message>
        <message>
            <source>{what} ({text!r} at column {col}) is not allowed: use numbers, names, + − × ÷, powers and exp, log, sigmoid, tanh, relu.</source>
            <translation>{what} ({text!r} at column {col}) is not allowed: use numbers, names, + − × ÷, powers and exp, log, sigmoid, tanh, relu.</translation>
        </message>
        <message>
            <source>With these weights (w1 = {w1}, w2 = {w2}, b = {b}), what does the unit output for ({x1}, {x2})?</source>
            <translation>With these weights (w1 = {w1}, w2 = {w2}, b = {b}), what does the unit output for ({x1}, {x2})?</translation>
        </message>
        <message>
            <source>Not converged after {epochs} epochs (mistakes in the last one: {last}): the data may not be linearly separable, or it needs more epochs.</source>
            <translation>Not converged after {epochs} epochs (mistakes in the last one: {last}): the data may not be linearly separable, or it needs more epochs.</translation>
        </message>
        <message>
            <source>Converged: epoch {epochs} made no mistakes. Weights and bias: ({weights}).</source>
            <translation>Converged: epoch {epochs} made no mistakes. Weights and bias: ({weights}).</translation>
        </message>
        <message>
            <source>No convergence after {epochs} epochs (mistakes in the last one: {last}), and there never will be: these targets are not linearly separable. No straight line puts the 1s on one side and the 0s on the other, so every line the rule tries gets some input wrong. {why} Two layers solve it (NAND and OR feeding AND), and so does the extra input x1·x2.</source>
            <translation>No convergence after {epochs} epochs (mistakes in the last one: {last}), and there never will be: these targets are not linearly separable. No straight line puts the 1s on one side and the 0s on the other, so every line the rule tries gets some input wrong. {why} Two layers solve it (NAND and OR feeding AND), and so does the extra input x1·x2.</translation>
        </message>
        <message>
            <source>Not converged yet after {epochs} epochs (mistakes in the last one: {last}). The targets are linearly separable, so more epochs will get there.</source>
            <translation>Not converged yet after {epochs} epochs (mistakes in the last one: {last}). The targets are linearly separable, so more epochs will get there.</translation>
        </message>
        <message>
            <source>expected one number, you typed {typed}</source>
            <translation>expected one number, you typed {typed}</translation>
        </message>
        <message>
            <source>expected {count} numbers, you typed {typed}</source>
            <translation>expected {count} numbers, you typed {typed}</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>No such file or directory</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Permission denied</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Operation not permitted</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>Is a directory</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>Not a directory</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>No space left on device</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>Read-only file system</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>File exists</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>File name too long</translation>
        </message>
        <message>
            <source>Keras cannot use the name {name}: a layer name takes only English letters, digits and _ . - &gt;, e.g. hidden_1</source>
            <translation>Keras cannot use the name {name}: a layer name takes only English letters, digits and _ . - &gt;, e.g. hidden_1</translation>
        </message>
        <message>
            <source>Keras cannot use the name {name}: a model name takes only English letters, digits and _ . - &gt;, and starts with a letter, a digit or ., e.g. my_model</source>
            <translation>Keras cannot use the name {name}: a model name takes only English letters, digits and _ . - &gt;, and starts with a letter, a digit or ., e.g. my_model</translation>
        </message>
        <message>
            <source>the model is empty; add an Input layer</source>
            <translation>the model is empty; add an Input layer</translation>
        </message>
        <message>
            <source>the first layer must be an Input layer, not {kind}</source>
            <translation>the first layer must be an Input layer, not {kind}</translation>
        </message>
        <message>
            <source>the layers form a cycle: {cycle}</source>
            <translation>the layers form a cycle: {cycle}</translation>
        </message>
        <message>
            <source>the model must start with an Input layer</source>
            <translation>the model must start with an Input layer</translation>
        </message>
        <message>
            <source>layer #{index} ({kind}) has no name</source>
            <translation>layer #{index} ({kind}) has no name</translation>
        </message>
        <message>
            <source>only the first layer may be an Input layer</source>
            <translation>only the first layer may be an Input layer</translation>
        </message>
        <message>
            <source>layer {layer!r} takes input from {source!r}, which does not exist</source>
            <translation>layer {layer!r} takes input from {source!r}, which does not exist</translation>
        </message>
        <message>
            <source>layer {layer!r} takes input from {source!r}, which comes after it; move it below {source!r}</source>
            <translation>layer {layer!r} takes input from {source!r}, which comes after it; move it below {source!r}</translation>
        </message>
        <message>
            <source>a model must be an object with a 'layers' list</source>
            <translation>a model must be an object with a 'layers' list</translation>
        </message>
        <message>
            <source>the name {name!r} is used twice (layers #{first} and #{second}); names must be unique</source>
            <translation>the name {name!r} is used twice (layers #{first} and #{second}); names must be unique</translation>
        </message>
        <message>
            <source>the output of layer {layer!r} is not used; connect it (e.g. from a Concatenate) or remove it</source>
            <translation>the output of layer {layer!r} is not used; connect it (e.g. from a Concatenate) or remove it</translation>
        </message>
        <message>
            <source>layer #{index}: {problem}</source>
            <translation>layer #{index}: {problem}</translation>
        </message>
        <message>
            <source>{name} must be {rule}, got {value!r}</source>
            <translation>{name} must be {rule}, got {value!r}</translation>
        </message>
        <message>
            <source>a number from {low} to {high}</source>
            <translation>a number from {low} to {high}</translation>
        </message>
        <message>
            <source>a number at least {low} and less than {high}</source>
            <translation>a number at least {low} and less than {high}</translation>
        </message>
        <message>
            <source>a number at least {low}</source>
            <translation>a number at least {low}</translation>
        </message>
        <message>
            <source>a number greater than {low} and at most {high}</source>
            <translation>a number greater than {low} and at most {high}</translation>
        </message>
        <message>
            <source>a number greater than {low} and less than {high}</source>
            <translation>a number greater than {low} and less than {high}</translation>
        </message>
        <message>
            <source>a number greater than {low}</source>
            <translation>a number greater than {low}</translation>
        </message>
        <message>
            <source>a number at most {high}</source>
            <translation>a number at most {high}</translation>
        </message>
        <message>
            <source>a number less than {high}</source>
            <translation>a number less than {high}</translation>
        </message>
        <message>
            <source>an integer from {low} to {high}</source>
            <translation>an integer from {low} to {high}</translation>
        </message>
        <message>
            <source>an integer at least {low} and less than {high}</source>
            <translation>an integer at least {low} and less than {high}</translation>
        </message>
        <message>
            <source>an integer at least {low}</source>
            <translation>an integer at least {low}</translation>
        </message>
        <message>
            <source>an integer greater than {low} and at most {high}</source>
            <translation>an integer greater than {low} and at most {high}</translation>
        </message>
        <message>
            <source>an integer greater than {low} and less than {high}</source>
            <translation>an integer greater than {low} and less than {high}</translation>
        </message>
        <message>
            <source>an integer greater than {low}</source>
            <translation>an integer greater than {low}</translation>
        </message>
        <message>
            <source>an integer at most {high}</source>
            <translation>an integer at most {high}</translation>
        </message>
        <message>
            <source>an integer less than {high}</source>
            <translation>an integer less than {high}</translation>
        </message>
        <message>
            <source>non-empty text</source>
            <translation>non-empty text</translation>
        </message>
        <message>
            <source>a number or null</source>
            <translation>a number or null</translation>
        </message>
        <message>
            <source>the data</source>
            <translation>the data</translation>
        </message>
        <message>
            <source>unknown loss {name!r}; expected one of {choices} (or {aliases})</source>
            <translation>unknown loss {name!r}; expected one of {choices} (or {aliases})</translation>
        </message>
        <message>
            <source>unknown optimizer {name!r}; expected one of {choices}</source>
            <translation>unknown optimizer {name!r}; expected one of {choices}</translation>
        </message>
        <message>
            <source>loss huber: delta must be a positive number, got {value!r}</source>
            <translation>loss huber: delta must be a positive number, got {value!r}</translation>
        </message>
        <message>
            <source>the loss {cls!r:.100} is not supported; expected one of {names}</source>
            <translation>the loss {cls!r:.100} is not supported; expected one of {names}</translation>
        </message>
        <message>
            <source>the loss class {cls!r} comes from {value!r}, not from Keras</source>
            <translation>the loss class {cls!r} comes from {value!r}, not from Keras</translation>
        </message>
        <message>
            <source>the {cls} loss config must be an object</source>
            <translation>the {cls} loss config must be an object</translation>
        </message>
        <message>
            <source>loss must be a loss name or {{'name': ...}}, got {loss!r}</source>
            <translation>loss must be a loss name or {{'name': ...}}, got {loss!r}</translation>
        </message>
        <message>
            <source>loss {name}: unknown setting(s) {names}</source>
            <translation>loss {name}: unknown setting(s) {names}</translation>
        </message>
        <message>
            <source>optimizer must be a name or {{'class_name': ..., 'config': ...}}, got {optimizer!r}</source>
            <translation>optimizer must be a name or {{'class_name': ..., 'config': ...}}, got {optimizer!r}</translation>
        </message>
        <message>
            <source>optimizer config: unknown key(s) {names}; expected class_name and config</source>
            <translation>optimizer config: unknown key(s) {names}; expected class_name and config</translation>
        </message>
        <message>
            <source>{cls}: 'config' must be a dict of arguments, got {config!r}</source>
            <translation>{cls}: 'config' must be a dict of arguments, got {config!r}</translation>
        </message>
        <message>
            <source>optimizer {cls}: unknown setting(s) {names}; expected {names2}</source>
            <translation>optimizer {cls}: unknown setting(s) {names}; expected {names2}</translation>
        </message>
        <message>
            <source>optimizer {cls}: learning-rate schedules are not supported, got {lr!r:.100}; give a number</source>
            <translation>optimizer {cls}: learning-rate schedules are not supported, got {lr!r:.100}; give a number</translation>
        </message>
        <message>
            <source>metrics must be a list drawn from {choices}, got {value!r}</source>
            <translation>metrics must be a list drawn from {choices}, got {value!r}</translation>
        </message>
        <message>
            <source>callbacks must be a list of {{'class_name': ..., 'config': ...}}</source>
            <translation>callbacks must be a list of {{'class_name': ..., 'config': ...}}</translation>
        </message>
        <message>
            <source>callback {cls}: {key} must be {kind}, got {value!r}</source>
            <translation>callback {cls}: {key} must be {kind}, got {value!r}</translation>
        </message>
        <message>
            <source>the output has shape {shape}; add Flatten and a Dense output layer</source>
            <translation>the output has shape {shape}; add Flatten and a Dense output layer</translation>
        </message>
        <message>
            <source>the loss {what!r:.100} is not supported; expected one of {names}</source>
            <translation>the loss {what!r:.100} is not supported; expected one of {names}</translation>
        </message>
        <message>
            <source>unreadable optimizer config {value!r:.100}</source>
            <translation>unreadable optimizer config {value!r:.100}</translation>
        </message>
        <message>
            <source>the optimizer {cls!r} is not supported; expected one of {names}</source>
            <translation>the optimizer {cls!r} is not supported; expected one of {names}</translation>
        </message>
        <message>
            <source>the optimizer class {cls!r} comes from {value!r}, not from Keras</source>
            <translation>the optimizer class {cls!r} comes from {value!r}, not from Keras</translation>
        </message>
        <message>
            <source>the {canonical} optimizer config must be an object</source>
            <translation>the {canonical} optimizer config must be an object</translation>
        </message>
        <message>
            <source>unreadable metrics {value!r:.100}</source>
            <translation>unreadable metrics {value!r:.100}</translation>
        </message>
        <message>
            <source>the training config must be an object</source>
            <translation>the training config must be an object</translation>
        </message>
        <message>
            <source>loss_weights {weights!r:.100} are not supported</source>
            <translation>loss_weights {weights!r:.100} are not supported</translation>
        </message>
        <message>
            <source>weighted metrics are not supported</source>
            <translation>weighted metrics are not supported</translation>
        </message>
        <message>
            <source>{name} has no from_logits option; only cross-entropy losses take logits</source>
            <translation>{name} has no from_logits option; only cross-entropy losses take logits</translation>
        </message>
        <message>
            <source>{name}: delta is a setting of the huber loss only</source>
            <translation>{name}: delta is a setting of the huber loss only</translation>
        </message>
        <message>
            <source>unknown callback {name!r}; expected one of {choices}</source>
            <translation>unknown callback {name!r}; expected one of {choices}</translation>
        </message>
        <message>
            <source>callback {cls} is listed twice; keep one</source>
            <translation>callback {cls} is listed twice; keep one</translation>
        </message>
        <message>
            <source>callback {cls}: unknown setting(s) {names}</source>
            <translation>callback {cls}: unknown setting(s) {names}</translation>
        </message>
        <message>
            <source>the data has {classes} classes, so the output layer needs {classes} units (it has {units})</source>
            <translation>the data has {classes} classes, so the output layer needs {classes} units (it has {units})</translation>
        </message>
        <message>
            <source>the targets have {columns} columns but the output has {units} units</source>
            <translation>the targets have {columns} columns but the output has {units} units</translation>
        </message>
        <message>
            <source>{data!r} is a regression dataset; {loss} needs class labels. Use {choices}</source>
            <translation>{data!r} is a regression dataset; {loss} needs class labels. Use {choices}</translation>
        </message>
        <message>
            <source>the metric {name!r} compares each target with the outputs, but with {loss} the targets are class numbers (one per sample) and the model has {outputs} outputs: remove {name!r} from the project's metrics ("Fit the model to this data" does), or use categorical_crossentropy with one-hot targets</source>
            <translation>the metric {name!r} compares each target with the outputs, but with {loss} the targets are class numbers (one per sample) and the model has {outputs} outputs: remove {name!r} from the project's metrics ("Fit the model to this data" does), or use categorical_crossentropy with one-hot targets</translation>
        </message>
        <message>
            <source>the loss {value!r} is not supported; expected one of {names}</source>
            <translation>the loss {value!r} is not supported; expected one of {names}</translation>
        </message>
        <message>
            <source>optimizer {canonical}: ema_momentum={v!r} is not supported (only 0.99)</source>
            <translation>optimizer {canonical}: ema_momentum={v!r} is not supported (only 0.99)</translation>
        </message>
        <message>
            <source>metrics for {count} outputs are not supported</source>
            <translation>metrics for {count} outputs are not supported</translation>
        </message>
        <message>
            <source>the metric {m!r:.100} is not supported; expected accuracy, mae or mse</source>
            <translation>the metric {m!r:.100} is not supported; expected accuracy, mae or mse</translation>
        </message>
        <message>
            <source>losses for {count} outputs are not supported</source>
            <translation>losses for {count} outputs are not supported</translation>
        </message>
        <message>
            <source>loss {name}: from_logits must be true or false, got {v!r}</source>
            <translation>loss {name}: from_logits must be true or false, got {v!r}</translation>
        </message>
        <message>
            <source>optimizer {cls}: {key}={value!r} is not supported (only {inactive!r})</source>
            <translation>optimizer {cls}: {key}={value!r} is not supported (only {inactive!r})</translation>
        </message>
        <message>
            <source>optimizer {cls}: {problem}</source>
            <translation>optimizer {cls}: {problem}</translation>
        </message>
        <message>
            <source>callback {cls}: {problem}</source>
            <translation>callback {cls}: {problem}</translation>
        </message>
        <message>
            <source>binary cross-entropy needs two classes but the data has {classes}; use sparse categorical cross-entropy with {classes} softmax units</source>
            <translation>binary cross-entropy needs two classes but the data has {classes}; use sparse categorical cross-entropy with {classes} softmax units</translation>
        </message>
        <message>
            <source>binary cross-entropy needs {expected} output unit(s) (it has {units})</source>
            <translation>binary cross-entropy needs {expected} output unit(s) (it has {units})</translation>
        </message>
        <message>
            <source>the targets have {expected} column(s) but the output has {units} units</source>
            <translation>the targets have {expected} column(s) but the output has {units} units</translation>
        </message>
        <message>
            <source>{data!r} has {classes} classes; {loss} on class labels only makes sense for two. Use sparse_categorical_crossentropy with a softmax output</source>
            <translation>{data!r} has {classes} classes; {loss} on class labels only makes sense for two. Use sparse_categorical_crossentropy with a softmax output</translation>
        </message>
        <message>
            <source>optimizer {canonical}: decay={v!r} is not supported</source>
            <translation>optimizer {canonical}: decay={v!r} is not supported</translation>
        </message>
        <message>
            <source>the metric {m!r} is not supported; expected accuracy, mae or mse</source>
            <translation>the metric {m!r} is not supported; expected accuracy, mae or mse</translation>
        </message>
        <message>
            <source>{field}: {name!r} is not one of Keras' losses or metrics</source>
            <translation>{field}: {name!r} is not one of Keras' losses or metrics</translation>
        </message>
        <message>
            <source>loss {name}: unknown setting {key!r}</source>
            <translation>loss {name}: unknown setting {key!r}</translation>
        </message>
        <message>
            <source>loss {name}: {key}={v!r} is not supported (only {keras_loss_neutral!r})</source>
            <translation>loss {name}: {key}={v!r} is not supported (only {keras_loss_neutral!r})</translation>
        </message>
        <message>
            <source>initializer must be a name or a Keras initializer config, got {value!r}</source>
            <translation>initializer must be a name or a Keras initializer config, got {value!r}</translation>
        </message>
        <message>
            <source>regularizer must be None or {{'l1': a, 'l2': b}}, got {value!r}</source>
            <translation>regularizer must be None or {{'l1': a, 'l2': b}}, got {value!r}</translation>
        </message>
        <message>
            <source>unknown initializer {value!r}; expected one of {choices}</source>
            <translation>unknown initializer {value!r}; expected one of {choices}</translation>
        </message>
        <message>
            <source>{name}: the config must be an object, got {value!r}</source>
            <translation>{name}: the config must be an object, got {value!r}</translation>
        </message>
        <message>
            <source>regularizer {value!r}: the config must be an object</source>
            <translation>regularizer {value!r}: the config must be an object</translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>{name}: {problem}</translation>
        </message>
        <message>
            <source>regularization factors must be &gt;= 0, got l1={l1}, l2={l2}</source>
            <translation>regularization factors must be &gt;= 0, got l1={l1}, l2={l2}</translation>
        </message>
        <message>
            <source>{name}: unknown argument {key!r}</source>
            <translation>{name}: unknown argument {key!r}</translation>
        </message>
        <message>
            <source>unknown regularizer {value!r}; expected L1, L2 or L1L2</source>
            <translation>unknown regularizer {value!r}; expected L1, L2 or L1L2</translation>
        </message>
    </context>
    <context>
        <name>MetricNames</name>
        <message>
            <source>val {0}</source>
            <translation>val {0}</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>accuracy</translation>
        </message>
        <message>
            <source>MAE</source>
            <translation>MAE</translation>
        </message>
        <message>
            <source>MSE</source>
            <translation>MSE</translation>
        </message>
    </context>
    <context>
        <name>ModelPage</name>
        <message>
            <source>The model of the main window, with its weights as they are now (before training, paused or trained), applied to one sample of its training data. Each Dense layer computes A = X·W + B and Z = f(A); vectors of more than 10 values show their first 8. Hover over A for its first sum written out.</source>
            <translation>The model of the main window, with its weights as they are now (before training, paused or trained), applied to one sample of its training data. Each Dense layer computes A = X·W + B and Z = f(A); vectors of more than 10 values show their first 8. Hover over A for its first sum written out.</translation>
        </message>
        <message>
            <source>Sample:</source>
            <translation>Sample:</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Shapes</source>
            <translation>Shapes</translation>
        </message>
        <message>
            <source>A = X·W + B</source>
            <translation>A = X·W + B</translation>
        </message>
        <message>
            <source>f</source>
            <translation>f</translation>
        </message>
        <message>
            <source>Z (output)</source>
            <translation>Z (output)</translation>
        </message>
        <message>
            <source>The model is training: pause the run or let it finish to trace it.</source>
            <translation>The model is training: pause the run or let it finish to trace it.</translation>
        </message>
        <message>
            <source>No model to trace: {0}</source>
            <translation>No model to trace: {0}</translation>
        </message>
        <message>
            <source>No model yet: it appears here once the project's model and data fit together and the model is built.</source>
            <translation>No model yet: it appears here once the project's model and data fit together and the model is built.</translation>
        </message>
        <message>
            <source>The data loaded in the Data tab does not fit this model's input.</source>
            <translation>The data loaded in the Data tab does not fit this model's input.</translation>
        </message>
        <message>
            <source> of {0}</source>
            <translation> of {0}</translation>
        </message>
        <message>
            <source>target: {0}</source>
            <translation>target: {0}</translation>
        </message>
        <message>
            <source>{0} layers, trained for {1} epochs.</source>
            <translation>{0} layers, trained for {1} epochs.</translation>
        </message>
        <message>
            <source>{0} layers, with the weights it was given (imported, loaded from a run or typed in).</source>
            <translation>{0} layers, with the weights it was given (imported, loaded from a run or typed in).</translation>
        </message>
        <message>
            <source>{0} layers, before training (the initial weights).</source>
            <translation>{0} layers, before training (the initial weights).</translation>
        </message>
        <message>
            <source>predict() for this sample: {0}</source>
            <translation>predict() for this sample: {0}</translation>
        </message>
        <message>
            <source>the same as the last row ✓</source>
            <translation>the same as the last row ✓</translation>
        </message>
        <message>
            <source>differs from the trace ✗</source>
            <translation>differs from the trace ✗</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Lines: weights</source>
            <extracomment>weight signs (UI.md): the Playground's blue for positive, orange for negative side of a neuron's thumbnail (view units; nodes are ROW_GAP apart) columns spread out to fill a short, wide view up to this many times their own gap how close (pixels) the pointer must be to a line to pick it the lines' colour when they show gradient sizes |∂E/∂w| (the edge mode "gradients") colour groups of the lines width group of the lines that skip columns (1.5 px): a few lines running beside many must stand out output ranges of bounded activations (thumbnail colour levels); others use ± the largest |value| one pen per (colour group, width group) what the lines show: the weights (sign and size) or the gradient sizes |∂E/∂w|</extracomment>
            <translation>Lines: weights</translation>
        </message>
        <message>
            <source>Lines: gradients |∂E/∂w|</source>
            <translation>Lines: gradients |∂E/∂w|</translation>
        </message>
        <message>
            <source>What the lines show: each weight (colour: sign, width: size), or how much the loss changes with it (width: |∂E/∂w| on a sample of the training data)</source>
            <translation>What the lines show: each weight (colour: sign, width: size), or how much the loss changes with it (width: |∂E/∂w| on a sample of the training data)</translation>
        </message>
        <message>
            <source>⋯ {0} more</source>
            <translation>⋯ {0} more</translation>
        </message>
        <message>
            <source>{0} inputs</source>
            <translation>{0} inputs</translation>
        </message>
        <message>
            <source>1 input</source>
            <translation>1 input</translation>
        </message>
        <message>
            <source>{0} values</source>
            <translation>{0} values</translation>
        </message>
        <message>
            <source>{0} units</source>
            <translation>{0} units</translation>
        </message>
        <message>
            <source>1 unit</source>
            <translation>1 unit</translation>
        </message>
        <message>
            <source>{0} joins {1}[{2}] as its value {3}</source>
            <translation>{0} joins {1}[{2}] as its value {3}</translation>
        </message>
        <message>
            <source>{0}: {1} of {2} units shown (the most strongly connected)</source>
            <translation>{0}: {1} of {2} units shown (the most strongly connected)</translation>
        </message>
        <message>
            <source>{0} · pixel ({1}, {2})</source>
            <translation>{0} · pixel ({1}, {2})</translation>
        </message>
        <message>
            <source>{0} · input {1}</source>
            <translation>{0} · input {1}</translation>
        </message>
        <message>
            <source>{0} · unit {1}</source>
            <translation>{0} · unit {1}</translation>
        </message>
        <message>
            <source>(click to change)</source>
            <translation>(click to change)</translation>
        </message>
        <message>
            <source>Pause training to change a weight.</source>
            <translation>Pause training to change a weight.</translation>
        </message>
        <message>
            <source>Change a weight</source>
            <translation>Change a weight</translation>
        </message>
        <message>
            <source>New value of {0}:</source>
            <translation>New value of {0}:</translation>
        </message>
        <message>
            <source>The weight was not changed: the model is training or was replaced.</source>
            <translation>The weight was not changed: the model is training or was replaced.</translation>
        </message>
        <message>
            <source>positive weight</source>
            <translation>positive weight</translation>
        </message>
        <message>
            <source>negative weight</source>
            <translation>negative weight</translation>
        </message>
        <message>
            <source>width: size of |w|</source>
            <translation>width: size of |w|</translation>
        </message>
        <message>
            <source>width: size of |∂E/∂w|, the loss's slope along that weight</source>
            <translation>width: size of |∂E/∂w|, the loss's slope along that weight</translation>
        </message>
        <message>
            <source>Train the model to see its weights.</source>
            <translation>Train the model to see its weights.</translation>
        </message>
        <message>
            <source>Click a line or a neuron to type a new weight or bias.</source>
            <translation>Click a line or a neuron to type a new weight or bias.</translation>
        </message>
        <message>
            <source>Showing the trained model; the edited model is drawn when training starts.</source>
            <translation>Showing the trained model; the edited model is drawn when training starts.</translation>
        </message>
    </context>
    <context>
        <name>NeuronPanel</name>
        <message>
            <source>A single neuron</source>
            <translation>A single neuron</translation>
        </message>
        <message>
            <source>z = x·w + b, a = activation(z), loss L = (a − t)² against the target t.</source>
            <translation>z = x·w + b, a = activation(z), loss L = (a − t)² against the target t.</translation>
        </message>
        <message>
            <source>sigmoid</source>
            <translation>sigmoid</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>none (identity)</source>
            <translation>none (identity)</translation>
        </message>
        <message>
            <source>Apply the update</source>
            <translation>Apply the update</translation>
        </message>
        <message>
            <source>Set w and b to their new values; the loss is computed again.</source>
            <translation>Set w and b to their new values; the loss is computed again.</translation>
        </message>
        <message>
            <source>Activation:</source>
            <translation>Activation:</translation>
        </message>
        <message>
            <source>Learning rate η:</source>
            <translation>Learning rate η:</translation>
        </message>
    </context>
    <context>
        <name>NumberField</name>
        <message>
            <source>{0} must be a whole number from {1} to {2}.</source>
            <translation>{0} must be a whole number from {1} to {2}.</translation>
        </message>
        <message>
            <source>{0} must be between {1} and {2}.</source>
            <translation>{0} must be between {1} and {2}.</translation>
        </message>
        <message>
            <source>{0} must be greater than {1} and less than {2}.</source>
            <translation>{0} must be greater than {1} and less than {2}.</translation>
        </message>
        <message>
            <source>{0} must be greater than {1} and at most {2}.</source>
            <translation>{0} must be greater than {1} and at most {2}.</translation>
        </message>
        <message>
            <source>{0} must be at least {1} and less than {2}.</source>
            <translation>{0} must be at least {1} and less than {2}.</translation>
        </message>
        <message>
            <source>{0} must be greater than {1}.</source>
            <translation>{0} must be greater than {1}.</translation>
        </message>
        <message>
            <source>{0} must be a whole number of at least {1}.</source>
            <translation>{0} must be a whole number of at least {1}.</translation>
        </message>
        <message>
            <source>{0} must be at least {1}.</source>
            <translation>{0} must be at least {1}.</translation>
        </message>
        <message>
            <source>{0} must be at most {1}.</source>
            <translation>{0} must be at most {1}.</translation>
        </message>
        <message>
            <source>{0} must be a whole number.</source>
            <translation>{0} must be a whole number.</translation>
        </message>
        <message>
            <source>{0} must be a number.</source>
            <translation>{0} must be a number.</translation>
        </message>
        <message>
            <source>“{0}” is too large for a number here. {1}</source>
            <translation>“{0}” is too large for a number here. {1}</translation>
        </message>
        <message>
            <source>“{0}” is not a number. {1}</source>
            <translation>“{0}” is not a number. {1}</translation>
        </message>
        <message>
            <source>“{0}” was not applied. {1}</source>
            <translation>“{0}” was not applied. {1}</translation>
        </message>
        <message>
            <source>“{0}” cannot be typed here: only a number. {1}</source>
            <translation>“{0}” cannot be typed here: only a number. {1}</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
    </context>
    <context>
        <name>NumericPage</name>
        <message>
            <source>eps</source>
            <translation>eps</translation>
        </message>
        <message>
            <source>central difference</source>
            <translation>central difference</translation>
        </message>
        <message>
            <source>exact</source>
            <translation>exact</translation>
        </message>
        <message>
            <source>relative error</source>
            <translation>relative error</translation>
        </message>
        <message>
            <source>(f(x + eps) − f(x − eps)) / (2·eps). A large eps measures a chord, not the tangent. A tiny eps makes x + eps round to x itself, so the difference is 0 and so is the estimate. In between (about 1e-4 to 1e-6 in float64; the notes use 1e-6) the estimate agrees with the exact derivative to many digits.</source>
            <translation>(f(x + eps) − f(x − eps)) / (2·eps). A large eps measures a chord, not the tangent. A tiny eps makes x + eps round to x itself, so the difference is 0 and so is the estimate. In between (about 1e-4 to 1e-6 in float64; the notes use 1e-6) the estimate agrees with the exact derivative to many digits.</translation>
        </message>
        <message>
            <source>Fu&amp;nction</source>
            <translation>Fu&amp;nction</translation>
        </message>
        <message>
            <source>Nu&amp;mbers</source>
            <translation>Nu&amp;mbers</translation>
        </message>
        <message>
            <source>at &amp;x =</source>
            <translation>at &amp;x =</translation>
        </message>
        <message>
            <source>Best here: eps = {0} (error {1}).</source>
            <translation>Best here: eps = {0} (error {1}).</translation>
        </message>
        <message>
            <source>From eps = {0} on, x ± eps rounds to x and the estimate is 0.</source>
            <translation>From eps = {0} on, x ± eps rounds to x and the estimate is 0.</translation>
        </message>
    </context>
    <context>
        <name>PaceControl</name>
        <message>
            <source>Slow</source>
            <translation>Slow</translation>
        </message>
        <message>
            <source>Watchable</source>
            <translation>Watchable</translation>
        </message>
        <message>
            <source>Fastest</source>
            <translation>Fastest</translation>
        </message>
        <message>
            <source>At most 2 epochs a second: follow every change</source>
            <translation>At most 2 epochs a second: follow every change</translation>
        </message>
        <message>
            <source>At most 10 epochs a second: small examples take seconds, not a blink</source>
            <translation>At most 10 epochs a second: small examples take seconds, not a blink</translation>
        </message>
        <message>
            <source>No waiting: as fast as the computer trains</source>
            <translation>No waiting: as fast as the computer trains</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>Pace</translation>
        </message>
        <message>
            <source>Pace: how fast the epochs are shown. Only the speed changes, never the results.</source>
            <translation>Pace: how fast the epochs are shown. Only the speed changes, never the results.</translation>
        </message>
    </context>
    <context>
        <name>PerceptronLab</name>
        <message>
            <source>One unit</source>
            <translation>One unit</translation>
        </message>
        <message>
            <source>Learning rule</source>
            <translation>Learning rule</translation>
        </message>
        <message>
            <source>XOR in two layers</source>
            <translation>XOR in two layers</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Features</translation>
        </message>
        <message>
            <source>Iris</source>
            <translation>Iris</translation>
        </message>
        <message>
            <source>Go on a date?</source>
            <translation>Go on a date?</translation>
        </message>
        <message>
            <source>step: 1 when z ≥ 0</source>
            <translation>step: 1 when z ≥ 0</translation>
        </message>
        <message>
            <source>step, the notes' code: 1 when z &gt; 0</source>
            <translation>step, the notes' code: 1 when z &gt; 0</translation>
        </message>
        <message>
            <source>sign: +1 when z ≥ 0, else −1</source>
            <translation>sign: +1 when z ≥ 0, else −1</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>A new language is used from the next start of annstudio.</source>
            <translation>A new language is used from the next start of annstudio.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Folder</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>Save &amp;as:</source>
            <translation>Save &amp;as:</translation>
        </message>
    </context>
    <context>
        <name>QuickControls</name>
        <message>
            <source>Epoch</source>
            <translation>Epoch</translation>
        </message>
        <message>
            <source>Learning rate: how big a step gradient descent takes</source>
            <translation>Learning rate: how big a step gradient descent takes</translation>
        </message>
        <message>
            <source>Optimizer: the rule that updates the weights from the gradients</source>
            <translation>Optimizer: the rule that updates the weights from the gradients</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batch size</translation>
        </message>
        <message>
            <source>Batch size: samples per gradient step</source>
            <translation>Batch size: samples per gradient step</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimizer</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Learning rate {0}</source>
            <translation>Learning rate {0}</translation>
        </message>
        <message>
            <source>Optimizer {0}</source>
            <translation>Optimizer {0}</translation>
        </message>
        <message>
            <source>Batch size {0}</source>
            <translation>Batch size {0}</translation>
        </message>
    </context>
    <context>
        <name>QuizBox</name>
        <message>
            <source>Predict, then reveal</source>
            <translation>Predict, then reveal</translation>
        </message>
        <message>
            <source>your answer</source>
            <translation>your answer</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Show the answer</source>
            <translation>Show the answer</translation>
        </message>
        <message>
            <source>Answer: {0}</source>
            <translation>Answer: {0}</translation>
        </message>
    </context>
    <context>
        <name>RacePage</name>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Run &amp;race</source>
            <translation>Run &amp;race</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimizer</translation>
        </message>
        <message>
            <source>Final loss</source>
            <translation>Final loss</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Same start, same surface, same learning rate. Momentum (0.9) remembers past steps and rolls on; Nesterov looks ahead before it steps; RMSprop and Adam scale each parameter's step by its recent gradient sizes.</source>
            <translation>Same start, same surface, same learning rate. Momentum (0.9) remembers past steps and rolls on; Nesterov looks ahead before it steps; RMSprop and Adam scale each parameter's step by its recent gradient sizes.</translation>
        </message>
        <message>
            <source>Learning r&amp;ate η</source>
            <translation>Learning r&amp;ate η</translation>
        </message>
        <message>
            <source>Ste&amp;ps</source>
            <translation>Ste&amp;ps</translation>
        </message>
        <message>
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>diverged at step {0}</source>
            <translation>diverged at step {0}</translation>
        </message>
        <message>
            <source>converged in {0} steps</source>
            <translation>converged in {0} steps</translation>
        </message>
        <message>
            <source>oscillating</source>
            <translation>oscillating</translation>
        </message>
        <message>
            <source>crawling</source>
            <translation>crawling</translation>
        </message>
        <message>
            <source>nearly there</source>
            <translation>nearly there</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>annstudio did not close properly last time. Restore the unsaved work on “{0}”, saved {1}?</source>
            <translation>annstudio did not close properly last time. Restore the unsaved work on “{0}”, saved {1}?</translation>
        </message>
        <message>
            <source>It includes the trained weights (after 1 epoch).</source>
            <translation>It includes the trained weights (after 1 epoch).</translation>
        </message>
        <message>
            <source>It includes the trained weights (after {0} epochs).</source>
            <translation>It includes the trained weights (after {0} epochs).</translation>
        </message>
        <message>
            <source>It includes the model's weights.</source>
            <translation>It includes the model's weights.</translation>
        </message>
        <message>
            <source>Save writes to {0}.</source>
            <translation>Save writes to {0}.</translation>
        </message>
        <message>
            <source>The project has no file yet: Save asks where to keep it.</source>
            <translation>The project has no file yet: Save asks where to keep it.</translation>
        </message>
        <message>
            <source>Restore opens it; Discard deletes it; Later keeps it for the next start.</source>
            <translation>Restore opens it; Discard deletes it; Later keeps it for the next start.</translation>
        </message>
        <message>
            <source>Restore unsaved work?</source>
            <translation>Restore unsaved work?</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Discard</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>Cannot restore the project</source>
            <translation>Cannot restore the project</translation>
        </message>
        <message>
            <source>Restored “{0}” as it was saved {1}.</source>
            <translation>Restored “{0}” as it was saved {1}.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Show rows as percentages (the diagonal is the recall)</source>
            <extracomment>seconds between redraws of the first-layer weight images while a run trains</extracomment>
            <translation>Show rows as percentages (the diagonal is the recall)</translation>
        </message>
        <message>
            <source>rows: true class · columns: predicted class</source>
            <translation>rows: true class · columns: predicted class</translation>
        </message>
        <message>
            <source>A confusion matrix counts right and wrong class predictions, so it applies to classification only. For regression each point is one test sample: the true value across, the prediction up; a perfect model puts every point on the grey diagonal.</source>
            <translation>A confusion matrix counts right and wrong class predictions, so it applies to classification only. For regression each point is one test sample: the true value across, the prediction up; a perfect model puts every point on the grey diagonal.</translation>
        </message>
        <message>
            <source>true value</source>
            <translation>true value</translation>
        </message>
        <message>
            <source>predicted value</source>
            <translation>predicted value</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>Confusion matrix</translation>
        </message>
        <message>
            <source>Only misclassified</source>
            <translation>Only misclassified</translation>
        </message>
        <message>
            <source>True class:</source>
            <translation>True class:</translation>
        </message>
        <message>
            <source>Predicted:</source>
            <translation>Predicted:</translation>
        </message>
        <message>
            <source>Under each image: its true class, then the predicted class and its probability; ✗ and a frame mark a wrong prediction.</source>
            <translation>Under each image: its true class, then the predicted class and its probability; ✗ and a frame mark a wrong prediction.</translation>
        </message>
        <message>
            <source>Test images</source>
            <translation>Test images</translation>
        </message>
        <message>
            <source>First-layer weights</source>
            <translation>First-layer weights</translation>
        </message>
        <message>
            <source>Train the model to see how it does on the test set.</source>
            <translation>Train the model to see how it does on the test set.</translation>
        </message>
        <message>
            <source>The first layer's weights are drawn as images for image data (digits, MNIST, Fashion-MNIST).</source>
            <translation>The first layer's weights are drawn as images for image data (digits, MNIST, Fashion-MNIST).</translation>
        </message>
        <message>
            <source>Test set: the first {0} of {1} samples</source>
            <translation>Test set: the first {0} of {1} samples</translation>
        </message>
        <message>
            <source>Test set: {0} samples</source>
            <translation>Test set: {0} samples</translation>
        </message>
        <message>
            <source>Predicted vs true</source>
            <translation>Predicted vs true</translation>
        </message>
        <message>
            <source>mean absolute error {0:.4g} · R² {1:.3f}</source>
            <translation>mean absolute error {0:.4g} · R² {1:.3f}</translation>
        </message>
        <message>
            <source>accuracy {0:.1%} · {1} misclassified</source>
            <translation>accuracy {0:.1%} · {1} misclassified</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>The gallery shows test images; this data set has no images.</source>
            <translation>The gallery shows test images; this data set has no images.</translation>
        </message>
        <message>
            <source>No Dense layer takes the {0}×{1} pixels directly.</source>
            <translation>No Dense layer takes the {0}×{1} pixels directly.</translation>
        </message>
        <message>
            <source>all {0} units</source>
            <translation>all {0} units</translation>
        </message>
        <message>
            <source>the first {0} of {1} units</source>
            <translation>the first {0} of {1} units</translation>
        </message>
        <message>
            <source>{0}: {1}, each unit's weights as a {2}×{3} image — blue: positive, orange: negative, white: 0 (each image scaled to its own largest |w|).</source>
            <translation>{0}: {1}, each unit's weights as a {2}×{3} image — blue: positive, orange: negative, white: 0 (each image scaled to its own largest |w|).</translation>
        </message>
        <message>
            <source>No test image of {0} was predicted as {1}.</source>
            <translation>No test image of {0} was predicted as {1}.</translation>
        </message>
        <message>
            <source>{0} of {1} test images</source>
            <translation>{0} of {1} test images</translation>
        </message>
        <message>
            <source>{0} · unit {1} · pixel ({2}, {3}) · w = {4:.3g}</source>
            <translation>{0} · unit {1} · pixel ({2}, {3}) · w = {4:.3g}</translation>
        </message>
    </context>
    <context>
        <name>RulePage</name>
        <message>
            <source>Learning rate η</source>
            <translation>Learning rate η</translation>
        </message>
        <message>
            <source>Epochs at most</source>
            <translation>Epochs at most</translation>
        </message>
        <message>
            <source>start w1</source>
            <translation>start w1</translation>
        </message>
        <message>
            <source>start w2</source>
            <translation>start w2</translation>
        </message>
        <message>
            <source>start b</source>
            <translation>start b</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>η</source>
            <translation>η</translation>
        </message>
        <message>
            <source>epochs at most</source>
            <translation>epochs at most</translation>
        </message>
        <message>
            <source>Next sample</source>
            <translation>Next sample</translation>
        </message>
        <message>
            <source>Next epoch</source>
            <translation>Next epoch</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Start over</translation>
        </message>
        <message>
            <source>One sample (Ctrl+Right)</source>
            <translation>One sample (Ctrl+Right)</translation>
        </message>
        <message>
            <source>The rest of this epoch (Ctrl+Shift+Right)</source>
            <translation>The rest of this epoch (Ctrl+Shift+Right)</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>mistakes</source>
            <translation>mistakes</translation>
        </message>
        <message>
            <source>Show the two-layer answer</source>
            <translation>Show the two-layer answer</translation>
        </message>
        <message>
            <source>Ask me about the next step</source>
            <translation>Ask me about the next step</translation>
        </message>
        <message>
            <source>The rule visits the four inputs in turn. When the output ŷ is wrong it moves every weight by η(y − ŷ)x and the bias by η(y − ŷ), which turns the line towards the missed point; a right output changes nothing. An epoch with no mistakes means the line separates the targets: the rule stops.</source>
            <translation>The rule visits the four inputs in turn. When the output ŷ is wrong it moves every weight by η(y − ŷ)x and the bias by η(y − ŷ), which turns the line towards the missed point; a right output changes nothing. An epoch with no mistakes means the line separates the targets: the rule stops.</translation>
        </message>
        <message>
            <source>No step yet. Press Next sample.</source>
            <translation>No step yet. Press Next sample.</translation>
        </message>
        <message>
            <source>{0} samples, {1} of them changed the weights; the last:</source>
            <translation>{0} samples, {1} of them changed the weights; the last:</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>The rule has stopped: there is no next step to predict. Press Start over to begin again.</source>
            <translation>The rule has stopped: there is no next step to predict. Press Start over to begin again.</translation>
        </message>
    </context>
    <context>
        <name>RunRecorder</name>
        <message>
            <source>Run {0}</source>
            <extracomment>the default name of a new run ("Run 3"), in the window's language</extracomment>
            <translation>Run {0}</translation>
        </message>
    </context>
    <context>
        <name>RunsPanel</name>
        <message>
            <source>learning rate</source>
            <translation>learning rate</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>optimizer</translation>
        </message>
        <message>
            <source>backend</source>
            <translation>backend</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>batch size</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>epochs</translation>
        </message>
        <message>
            <source>validation split</source>
            <translation>validation split</translation>
        </message>
        <message>
            <source>shuffle</source>
            <translation>shuffle</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>seed</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>precision</translation>
        </message>
        <message>
            <source>callbacks</source>
            <translation>callbacks</translation>
        </message>
        <message>
            <source>data</source>
            <translation>data</translation>
        </message>
        <message>
            <source>layers</source>
            <translation>layers</translation>
        </message>
        <message>
            <source>on</source>
            <translation>on</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>val loss {0}</source>
            <translation>val loss {0}</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>diverged</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochs</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Select runs to draw their loss curves over the current run; double-click (or F2 on) a name to rename the run</source>
            <translation>Select runs to draw their loss curves over the current run; double-click (or F2 on) a name to rename the run</translation>
        </message>
        <message>
            <source>Restore settings</source>
            <translation>Restore settings</translation>
        </message>
        <message>
            <source>Put the selected run's model, data and training settings back into the editor (one undo step)</source>
            <translation>Put the selected run's model, data and training settings back into the editor (one undo step)</translation>
        </message>
        <message>
            <source>Load its model</source>
            <translation>Load its model</translation>
        </message>
        <message>
            <source>Restore the run's settings and make its trained weights the current model: its decision regions and results show again</source>
            <translation>Restore the run's settings and make its trained weights the current model: its decision regions and results show again</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Delete the selected runs</source>
            <translation>Delete the selected runs</translation>
        </message>
        <message>
            <source>Keep weights</source>
            <translation>Keep weights</translation>
        </message>
        <message>
            <source>Keep each run's trained weights (models up to {0} parameters), so its model can be loaded again</source>
            <translation>Keep each run's trained weights (models up to {0} parameters), so its model can be loaded again</translation>
        </message>
        <message>
            <source>from the model of {0}</source>
            <translation>from the model of {0}</translation>
        </message>
        <message>
            <source>from the weights in {0}</source>
            <translation>from the weights in {0}</translation>
        </message>
        <message>
            <source>weights kept after an edit</source>
            <translation>weights kept after an edit</translation>
        </message>
        <message>
            <source>weights typed in</source>
            <translation>weights typed in</translation>
        </message>
        <message>
            <source>restored weights</source>
            <translation>restored weights</translation>
        </message>
        <message>
            <source>(first run)</source>
            <translation>(first run)</translation>
        </message>
        <message>
            <source>continued</source>
            <translation>continued</translation>
        </message>
        <message>
            <source>same settings</source>
            <translation>same settings</translation>
        </message>
        <message>
            <source>{0} s</source>
            <translation>{0} s</translation>
        </message>
        <message>
            <source>The weights of this run were not kept</source>
            <translation>The weights of this run were not kept</translation>
        </message>
        <message>
            <source>Cannot rename the run</source>
            <translation>Cannot rename the run</translation>
        </message>
        <message>
            <source>Delete runs</source>
            <translation>Delete runs</translation>
        </message>
        <message>
            <source>Delete {0}? Its history and weights are removed from the disk.</source>
            <translation>Delete {0}? Its history and weights are removed from the disk.</translation>
        </message>
        <message>
            <source>Cannot delete the run</source>
            <translation>Cannot delete the run</translation>
        </message>
        <message>
            <source>Cannot restore the run</source>
            <translation>Cannot restore the run</translation>
        </message>
        <message>
            <source>Load the model of {0}</source>
            <translation>Load the model of {0}</translation>
        </message>
        <message>
            <source>Restore the settings of {0}</source>
            <translation>Restore the settings of {0}</translation>
        </message>
    </context>
    <context>
        <name>ScoresModel</name>
        <message>
            <source>Precision</source>
            <translation>Precision</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Recall</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>macro average</source>
            <translation>macro average</translation>
        </message>
        <message>
            <source>weighted average</source>
            <translation>weighted average</translation>
        </message>
        <message>
            <source>Of the samples predicted as this class, the share that really is it</source>
            <translation>Of the samples predicted as this class, the share that really is it</translation>
        </message>
        <message>
            <source>Of the samples of this class, the share predicted as it</source>
            <translation>Of the samples of this class, the share predicted as it</translation>
        </message>
        <message>
            <source>Harmonic mean of precision and recall</source>
            <translation>Harmonic mean of precision and recall</translation>
        </message>
        <message>
            <source>Test samples of this class</source>
            <translation>Test samples of this class</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <extracomment>an action property: the command's fixed name when its text changes (Undo: "Undo Fit the model to the data")</extracomment>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Command</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
    </context>
    <context>
        <name>SoftmaxPage</name>
        <message>
            <source>Softmax turns scores into probabilities: exp of each score, divided by their sum. With large scores exp overflows. Subtracting the largest score first changes nothing in the result (the factor e^−max cancels) but keeps every exp between 0 and 1.</source>
            <translation>Softmax turns scores into probabilities: exp of each score, divided by their sum. With large scores exp overflows. Subtracting the largest score first changes nothing in the result (the factor e^−max cancels) but keeps every exp between 0 and 1.</translation>
        </message>
        <message>
            <source>Naive: exp(a) / Σ exp(a)</source>
            <translation>Naive: exp(a) / Σ exp(a)</translation>
        </message>
        <message>
            <source>Stable: exp(a − max a) / Σ</source>
            <translation>Stable: exp(a − max a) / Σ</translation>
        </message>
        <message>
            <source>No overflow here: both ways give the same numbers.</source>
            <translation>No overflow here: both ways give the same numbers.</translation>
        </message>
    </context>
    <context>
        <name>StackEditor</name>
        <message>
            <source>Layer stack</source>
            <translation>Layer stack</translation>
        </message>
        <message>
            <source>Layers from input to output. Delete removes the selected layers; Ctrl+Up and Ctrl+Down move them.</source>
            <translation>Layers from input to output. Delete removes the selected layers; Ctrl+Up and Ctrl+Down move them.</translation>
        </message>
        <message>
            <source>Total params: {0} · Trainable: {1} · Non-trainable: {2}</source>
            <translation>Total params: {0} · Trainable: {1} · Non-trainable: {2}</translation>
        </message>
        <message>
            <source>⚠ {0}: {1}</source>
            <translation>⚠ {0}: {1}</translation>
        </message>
        <message>
            <source>⚠ {0}</source>
            <translation>⚠ {0}</translation>
        </message>
        <message>
            <source>The Input layer cannot be cut, copied, duplicated, moved or deleted: every model starts with it.</source>
            <translation>The Input layer cannot be cut, copied, duplicated, moved or deleted: every model starts with it.</translation>
        </message>
        <message>
            <source>Select a layer in the stack first.</source>
            <translation>Select a layer in the stack first.</translation>
        </message>
        <message>
            <source>Cut {0}</source>
            <translation>Cut {0}</translation>
        </message>
        <message>
            <source>Paste {0}</source>
            <translation>Paste {0}</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Cut</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>Move Up</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Move Down</translation>
        </message>
    </context>
    <context>
        <name>StackModel</name>
        <message>
            <source>Output shape: {0}</source>
            <translation>Output shape: {0}</translation>
        </message>
        <message>
            <source>Parameters: {0}</source>
            <translation>Parameters: {0}</translation>
        </message>
        <message>
            <source>Inputs: {0}</source>
            <translation>Inputs: {0}</translation>
        </message>
        <message>
            <source>Problem: {0}</source>
            <translation>Problem: {0}</translation>
        </message>
        <message>
            <source>{0} layer {1}, {2}, output {3}, {4} parameters</source>
            <translation>{0} layer {1}, {2}, output {3}, {4} parameters</translation>
        </message>
        <message>
            <source>Copy {0}</source>
            <translation>Copy {0}</translation>
        </message>
        <message>
            <source>Move {0}</source>
            <translation>Move {0}</translation>
        </message>
        <message>
            <source>Move {0} up</source>
            <translation>Move {0} up</translation>
        </message>
        <message>
            <source>Move {0} down</source>
            <translation>Move {0} down</translation>
        </message>
    </context>
    <context>
        <name>StackView</name>
        <message>
            <source>Drag layers here from the palette,
or select one there and press Enter.</source>
            <translation>Drag layers here from the palette,
or select one there and press Enter.</translation>
        </message>
    </context>
    <context>
        <name>StatusReadout</name>
        <message>
            <source>Epoch {0}</source>
            <extracomment>the epoch the line shows changed (drawn with the curves, in the same frame: ``live.FrameClock``)</extracomment>
            <translation>Epoch {0}</translation>
        </message>
        <message>
            <source>loss {0}</source>
            <translation>loss {0}</translation>
        </message>
        <message>
            <source>batch loss {0}</source>
            <translation>batch loss {0}</translation>
        </message>
        <message>
            <source>val {0}</source>
            <translation>val {0}</translation>
        </message>
        <message>
            <source>{0} samples/s</source>
            <translation>{0} samples/s</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>Loss and metrics of the model as it is now, on the training data</source>
            <translation>Loss and metrics of the model as it is now, on the training data</translation>
        </message>
    </context>
    <context>
        <name>SurfacePage</name>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>Learning rate from 0.0001 to 10 (log scale)</source>
            <translation>Learning rate from 0.0001 to 10 (log scale)</translation>
        </message>
        <message>
            <source>Steps per run</source>
            <translation>Steps per run</translation>
        </message>
        <message>
            <source>&amp;Step</source>
            <translation>&amp;Step</translation>
        </message>
        <message>
            <source>One update: parameters ← parameters − learning rate × gradient</source>
            <translation>One update: parameters ← parameters − learning rate × gradient</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Run</translation>
        </message>
        <message>
            <source>Rese&amp;t</source>
            <translation>Rese&amp;t</translation>
        </message>
        <message>
            <source>Learning r&amp;ate η</source>
            <translation>Learning r&amp;ate η</translation>
        </message>
        <message>
            <source>&amp;Optimizer</source>
            <translation>&amp;Optimizer</translation>
        </message>
        <message>
            <source>Click the map to start somewhere else. Too small a rate crawls; too large a rate jumps across the valley or flies off.</source>
            <translation>Click the map to start somewhere else. Too small a rate crawls; too large a rate jumps across the valley or flies off.</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>Sl&amp;ice along</source>
            <translation>Sl&amp;ice along</translation>
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
            <source>RMSprop</source>
            <translation>RMSprop</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>step {0}: {1} = {2}, {3} = {4}
loss {5}, gradient ({6}, {7})</source>
            <translation>step {0}: {1} = {2}, {3} = {4}
loss {5}, gradient ({6}, {7})</translation>
        </message>
        <message>
            <source>The loss along {0} with {1} held at {2}: the map cut in one line.</source>
            <translation>The loss along {0} with {1} held at {2}: the map cut in one line.</translation>
        </message>
        <message>
            <source>The walk has diverged at learning rate η = {0}: there is no next step to predict. Try a smaller rate, or press Reset.</source>
            <translation>The walk has diverged at learning rate η = {0}: there is no next step to predict. Try a smaller rate, or press Reset.</translation>
        </message>
    </context>
    <context>
        <name>SweepDialog</name>
        <message>
            <source>Sweep settings</source>
            <translation>Sweep settings</translation>
        </message>
        <message>
            <source>values, separated by commas: 0.001, 0.01, 0.1</source>
            <translation>values, separated by commas: 0.001, 0.01, 0.1</translation>
        </message>
        <message>
            <source>Setting {0}</source>
            <translation>Setting {0}</translation>
        </message>
        <message>
            <source>How many runs train at the same time, each in its own process</source>
            <translation>How many runs train at the same time, each in its own process</translation>
        </message>
        <message>
            <source>At a time:</source>
            <translation>At a time:</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Learning-rate race</source>
            <translation>Learning-rate race</translation>
        </message>
        <message>
            <source>Run learning rates {0} and overlay their loss curves as each finishes</source>
            <translation>Run learning rates {0} and overlay their loss curves as each finishes</translation>
        </message>
        <message>
            <source>Double-click a run (or press Enter on it) to open it: it is selected in the Runs panel and its model loaded</source>
            <translation>Double-click a run (or press Enter on it) to open it: it is selected in the Runs panel and its model loaded</translation>
        </message>
        <message>
            <source>Heat map of:</source>
            <translation>Heat map of:</translation>
        </message>
        <message>
            <source>Click a cell to find its run in the table; double-click it to open the run: it is selected in the Runs panel and its model loaded</source>
            <translation>Click a cell to find its run in the table; double-click it to open the run: it is selected in the Runs panel and its model loaded</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Choose two different settings</source>
            <translation>Choose two different settings</translation>
        </message>
        <message>
            <source>{0} runs, {1} at a time…</source>
            <translation>{0} runs, {1} at a time…</translation>
        </message>
        <message>
            <source>The runs leave out the project's {0}: they run at the same time and would write the same files. Each run is kept in the Runs panel.</source>
            <translation>The runs leave out the project's {0}: they run at the same time and would write the same files. Each run is kept in the Runs panel.</translation>
        </message>
        <message>
            <source>Cancelled: {0} of {1} runs done; the runs still training were stopped and are not kept</source>
            <translation>Cancelled: {0} of {1} runs done; the runs still training were stopped and are not kept</translation>
        </message>
        <message>
            <source>{0} runs done; they are in the Runs panel</source>
            <translation>{0} runs done; they are in the Runs panel</translation>
        </message>
        <message>
            <source> ({0} failed)</source>
            <translation> ({0} failed)</translation>
        </message>
        <message>
            <source> ({0} diverged: the loss became infinite or not a number)</source>
            <translation> ({0} diverged: the loss became infinite or not a number)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>diverged</translation>
        </message>
        <message>
            <source>{0} s</source>
            <translation>{0} s</translation>
        </message>
        <message>
            <source>Diverged: the loss became infinite or not a number, so the run stopped and has no final metrics. The learning rate is probably too high for this batch size.</source>
            <translation>Diverged: the loss became infinite or not a number, so the run stopped and has no final metrics. The learning rate is probably too high for this batch size.</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>learning rate</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>batch size</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>epochs</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>optimizer</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>seed</translation>
        </message>
        <message>
            <source>units</source>
            <translation>units</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>activation</translation>
        </message>
        <message>
            <source>dropout rate</source>
            <translation>dropout rate</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>test {0}</source>
            <translation>test {0}</translation>
        </message>
        <message>
            <source>final {0}</source>
            <translation>final {0}</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>%v / %m epochs</source>
            <extracomment>the settings shown for each optimizer (their valid ranges: ``spec.ranges.OPTIMIZER_RANGES``) per state: which of play, pause, step, stop, reset can be pressed</extracomment>
            <translation>%v / %m epochs</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Train</translation>
        </message>
        <message>
            <source>Train, resume, or continue training the current model</source>
            <translation>Train, resume, or continue training the current model</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause after the current batch</source>
            <translation>Pause after the current batch</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Train exactly one batch, then pause</source>
            <translation>Train exactly one batch, then pause</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Stop after the current batch (the model is kept)</source>
            <translation>Stop after the current batch (the model is kept)</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Stop and forget the model: the next run starts from new initial weights</source>
            <translation>Stop and forget the model: the next run starts from new initial weights</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>val loss</source>
            <translation>val loss</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>accuracy</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>learning rate</translation>
        </message>
        <message>
            <source>The learning rate of the last epoch: lowered on a plateau, it differs from the one set above, where each run starts</source>
            <translation>The learning rate of the last epoch: lowered on a plateau, it differs from the one set above, where each run starts</translation>
        </message>
        <message>
            <source>The current run goes on with the settings it started with; this change applies when training next starts (Stop, then Train, or Reset).</source>
            <translation>The current run goes on with the settings it started with; this change applies when training next starts (Stop, then Train, or Reset).</translation>
        </message>
        <message>
            <source>The data changed while the training was paused: that run was stopped (it is in the Runs panel) and a new run starts on the new data, from new initial weights.</source>
            <translation>The data changed while the training was paused: that run was stopped (it is in the Runs panel) and a new run starts on the new data, from new initial weights.</translation>
        </message>
        <message>
            <source>Cannot start training: {0}</source>
            <translation>Cannot start training: {0}</translation>
        </message>
        <message>
            <source>Loss and optimizer</source>
            <translation>Loss and optimizer</translation>
        </message>
        <message>
            <source>What training minimises: how far the predictions are from the targets</source>
            <translation>What training minimises: how far the predictions are from the targets</translation>
        </message>
        <message>
            <source>Loss function</source>
            <translation>Loss function</translation>
        </message>
        <message>
            <source>How the weights are updated from the gradients; the learning rate is kept</source>
            <translation>How the weights are updated from the gradients; the learning rate is kept</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimizer</translation>
        </message>
        <message>
            <source>How big a step each update takes along the gradient</source>
            <translation>How big a step each update takes along the gradient</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>Batches and epochs</source>
            <translation>Batches and epochs</translation>
        </message>
        <message>
            <source>Change batch size</source>
            <translation>Change batch size</translation>
        </message>
        <message>
            <source>Samples per weight update (mini-batch)</source>
            <translation>Samples per weight update (mini-batch)</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batch size</translation>
        </message>
        <message>
            <source>Change epochs</source>
            <translation>Change epochs</translation>
        </message>
        <message>
            <source>Passes over the training set; Train after a finished run trains this many more</source>
            <translation>Passes over the training set; Train after a finished run trains this many more</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochs</translation>
        </message>
        <message>
            <source>Share of the training samples (the last ones) held out to measure val loss; ignored when the dataset has its own validation set</source>
            <translation>Share of the training samples (the last ones) held out to measure val loss; ignored when the dataset has its own validation set</translation>
        </message>
        <message>
            <source>Validation split</source>
            <translation>Validation split</translation>
        </message>
        <message>
            <source>Change seed</source>
            <translation>Change seed</translation>
        </message>
        <message>
            <source>The same seed gives the same initial weights and batch order</source>
            <translation>The same seed gives the same initial weights and batch order</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Training did not start: {0}</source>
            <translation>Training did not start: {0}</translation>
        </message>
        <message>
            <source>Mean squared error (MSE)</source>
            <translation>Mean squared error (MSE)</translation>
        </message>
        <message>
            <source>Mean absolute error (MAE)</source>
            <translation>Mean absolute error (MAE)</translation>
        </message>
        <message>
            <source>Huber</source>
            <translation>Huber</translation>
        </message>
        <message>
            <source>Binary cross-entropy</source>
            <translation>Binary cross-entropy</translation>
        </message>
        <message>
            <source>Categorical cross-entropy (one-hot targets)</source>
            <translation>Categorical cross-entropy (one-hot targets)</translation>
        </message>
        <message>
            <source>Sparse categorical cross-entropy (class numbers)</source>
            <translation>Sparse categorical cross-entropy (class numbers)</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Momentum</translation>
        </message>
        <message>
            <source>Nesterov momentum</source>
            <translation>Nesterov momentum</translation>
        </message>
        <message>
            <source>β₁ (gradient decay)</source>
            <translation>β₁ (gradient decay)</translation>
        </message>
        <message>
            <source>β₂ (squared-gradient decay)</source>
            <translation>β₂ (squared-gradient decay)</translation>
        </message>
        <message>
            <source>ρ (squared-gradient decay)</source>
            <translation>ρ (squared-gradient decay)</translation>
        </message>
        <message>
            <source>AMSGrad</source>
            <translation>AMSGrad</translation>
        </message>
        <message>
            <source>Centered</source>
            <translation>Centered</translation>
        </message>
        <message>
            <source>Initial accumulator</source>
            <translation>Initial accumulator</translation>
        </message>
        <message>
            <source>Change loss</source>
            <translation>Change loss</translation>
        </message>
        <message>
            <source>Change optimizer</source>
            <translation>Change optimizer</translation>
        </message>
        <message>
            <source>Change learning rate</source>
            <translation>Change learning rate</translation>
        </message>
        <message>
            <source>Change {0}</source>
            <translation>Change {0}</translation>
        </message>
        <message>
            <source>Change validation split</source>
            <translation>Change validation split</translation>
        </message>
    </context>
    <context>
        <name>TrainingRunner</name>
        <message>
            <source>The model, data or backend changed: training starts from new weights.</source>
            <extracomment>dict: the model of the idle state is there (``{"kept": [...], "reinitialised": [...]}`` after an edit that kept weights, ``{}`` otherwise) dict: loss and metrics of the idle or resting model on the training data (after a weight was typed) str: the project in the editor gives no model, and why (for the user; also ``model_problem``) weights the next model starts from instead of the seeded draw: (spec dict, {"layer/w": array}) (imported, kept after an edit, typed in before any batch); cleared by reset and start where the weights the current (or last) run started from came from, when they were not the seeded draw: ``{"kind": "run", "id": ..., "name": ...}``, ``"file"`` (``name``), ``"kept"`` after an edit, ``"edited"`` (typed in), ``"restored"`` (recovered work); ``None``: the seeded initial weights</extracomment>
            <translation>The model, data or backend changed: training starts from new weights.</translation>
        </message>
        <message>
            <source>Paused before epoch {0}, batch {1}: Train resumes, Step trains one batch.</source>
            <translation>Paused before epoch {0}, batch {1}: Train resumes, Step trains one batch.</translation>
        </message>
        <message>
            <source>The model holds the weights of epoch {0}, the best {1} ({2:.4g}), put back by EarlyStopping.</source>
            <translation>The model holds the weights of epoch {0}, the best {1} ({2:.4g}), put back by EarlyStopping.</translation>
        </message>
        <message>
            <source>Written: {0} files and folders, the last {1}</source>
            <translation>Written: {0} files and folders, the last {1}</translation>
        </message>
        <message>
            <source>Written: {0}</source>
            <translation>Written: {0}</translation>
        </message>
        <message>
            <source>1 epoch</source>
            <translation>1 epoch</translation>
        </message>
        <message>
            <source>{0} epochs</source>
            <translation>{0} epochs</translation>
        </message>
        <message>
            <source>1 batch</source>
            <translation>1 batch</translation>
        </message>
        <message>
            <source>{0} batches</source>
            <translation>{0} batches</translation>
        </message>
        <message>
            <source>Stopped early after {0} (EarlyStopping): loss {1:.4g}</source>
            <translation>Stopped early after {0} (EarlyStopping): loss {1:.4g}</translation>
        </message>
        <message>
            <source>Training finished: {0}, loss {1:.4g}</source>
            <translation>Training finished: {0}, loss {1:.4g}</translation>
        </message>
        <message>
            <source>Stopped after {0} and {1} of epoch {2} (trained into the weights; the curves count whole epochs).</source>
            <translation>Stopped after {0} and {1} of epoch {2} (trained into the weights; the curves count whole epochs).</translation>
        </message>
        <message>
            <source>Stopped after {0}.</source>
            <translation>Stopped after {0}.</translation>
        </message>
        <message>
            <source>Training diverged: {0}</source>
            <translation>Training diverged: {0}</translation>
        </message>
        <message>
            <source>Cannot start training: {0}</source>
            <translation>Cannot start training: {0}</translation>
        </message>
        <message>
            <source>Training failed: {0}</source>
            <translation>Training failed: {0}</translation>
        </message>
    </context>
    <context>
        <name>TrainingWorker</name>
        <message>
            <source>A live view stopped updating: {0}</source>
            <extracomment>terminal events after which the probes look at the model once more (an error may have left no model) errors that mean "the project cannot be trained as it is"; their message is shown as it is folders the user picked in a dialog: the project's callbacks may write there too weights to start from instead of the seeded draw (imported, kept after an edit, typed in) the data already loaded for this project (the ready model's), or None to load it at most this many epochs a second (None: as fast as it trains); read between epochs, so the GUI may change it during the run (then :meth:`TrainingControl.wake`) seconds between payloads the GUI asks for (its frame interval); set from the GUI thread the built run (model, trainer, dataset); set in the worker thread before the first payload</extracomment>
            <translation>A live view stopped updating: {0}</translation>
        </message>
    </context>
    <context>
        <name>TwoLayerPage</name>
        <message>
            <source>One line cannot cut XOR's corners apart, but two lines can. The hidden unit s₁ = NAND(x₁, x₂) is 0 only at (1, 1); s₂ = OR(x₁, x₂) is 0 only at (0, 0). AND(s₁, s₂) is 1 exactly between the two lines: XOR. The second layer sees the inputs moved to (s₁, s₂), where one line is enough.</source>
            <translation>One line cannot cut XOR's corners apart, but two lines can. The hidden unit s₁ = NAND(x₁, x₂) is 0 only at (1, 1); s₂ = OR(x₁, x₂) is 0 only at (0, 0). AND(s₁, s₂) is 1 exactly between the two lines: XOR. The second layer sees the inputs moved to (s₁, s₂), where one line is enough.</translation>
        </message>
        <message>
            <source>Left: the inputs with the NAND line (orange) and the OR line (blue); the network says 1 in the blue band. Right: the same four points as the hidden units see them, (s₁, s₂), with the AND unit's line — (0, 1) and (1, 0) both land on (1, 1).</source>
            <translation>Left: the inputs with the NAND line (orange) and the OR line (blue); the network says 1 in the blue band. Right: the same four points as the hidden units see them, (s₁, s₂), with the AND unit's line — (0, 1) and (1, 0) both land on (1, 1).</translation>
        </message>
        <message>
            <source>Open in the editor</source>
            <translation>Open in the editor</translation>
        </message>
        <message>
            <source>Replace the project in the main window with this network (step activations, these weights) on the XOR gate data</source>
            <translation>Replace the project in the main window with this network (step activations, these weights) on the XOR gate data</translation>
        </message>
        <message>
            <source>Opened the two-layer XOR network: its weights are set by hand, so it needs no training</source>
            <translation>Opened the two-layer XOR network: its weights are set by hand, so it needs no training</translation>
        </message>
    </context>
    <context>
        <name>UnitEditor</name>
        <message>
            <source>Weights from the notes: AND, NAND, OR, XOR (no weights realise it) and three threshold forms of AND</source>
            <translation>Weights from the notes: AND, NAND, OR, XOR (no weights realise it) and three threshold forms of AND</translation>
        </message>
        <message>
            <source>Target: {0}</source>
            <translation>Target: {0}</translation>
        </message>
        <message>
            <source>Threshold form: θ = −b (fires when w·x &gt; θ)</source>
            <translation>Threshold form: θ = −b (fires when w·x &gt; θ)</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Preset</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Activation</translation>
        </message>
        <message>
            <source>θ (threshold)</source>
            <translation>θ (threshold)</translation>
        </message>
        <message>
            <source>b (bias)</source>
            <translation>b (bias)</translation>
        </message>
        <message>
            <source>Threshold form: θ = −b (fires when w·x ≥ θ)</source>
            <translation>Threshold form: θ = −b (fires when w·x ≥ θ)</translation>
        </message>
        <message>
            <source>{0} = {1}</source>
            <translation>{0} = {1}</translation>
        </message>
        <message>
            <source>Activation: {0}</source>
            <translation>Activation: {0}</translation>
        </message>
        <message>
            <source>Threshold form</source>
            <translation>Threshold form</translation>
        </message>
        <message>
            <source>Preset: {0}</source>
            <translation>Preset: {0}</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add {0}</source>
            <translation>Add {0}</translation>
        </message>
        <message>
            <source>Move {0}</source>
            <translation>Move {0}</translation>
        </message>
        <message>
            <source>Delete {0}</source>
            <translation>Delete {0}</translation>
        </message>
        <message>
            <source>Duplicate {0}</source>
            <translation>Duplicate {0}</translation>
        </message>
        <message>
            <source>Change {0}: {1}</source>
            <translation>Change {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>WeightCommands</name>
        <message>
            <source>Set {0} = {1}</source>
            <translation>Set {0} = {1}</translation>
        </message>
    </context>
</TS>
