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
            <source>Vanishing gradients: backpropagation multiplies the gradient by f′(z) at every layer. &lt;b&gt;Saturated&lt;/b&gt; (sigmoid, tanh): f′(z) &amp;lt; {0}, that is |z| &amp;gt; {1} for sigmoid and |z| &amp;gt; {2} for tanh; less than 1% of the gradient gets through, and through several saturated layers almost nothing. &lt;b&gt;Dead&lt;/b&gt; (ReLU): the unit outputs 0 for every sample shown, so its weights get no gradient at all. This is why ReLU replaced sigmoid in deep networks.</source>
            <translation>Vanishing gradients: backpropagation multiplies the gradient by f′(z) at every layer. &lt;b&gt;Saturated&lt;/b&gt; (sigmoid, tanh): f′(z) &amp;lt; {0}, that is |z| &amp;gt; {1} for sigmoid and |z| &amp;gt; {2} for tanh; less than 1% of the gradient gets through, and through several saturated layers almost nothing. &lt;b&gt;Dead&lt;/b&gt; (ReLU): the unit outputs 0 for every sample shown, so its weights get no gradient at all. This is why ReLU replaced sigmoid in deep networks.</translation>
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
            <source>saturated {0}</source>
            <translation>saturated {0}</translation>
        </message>
        <message>
            <source>dead {0} of {1} units</source>
            <translation>dead {0} of {1} units</translation>
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
            <source>Your own table: numeric feature columns and one target column (class labels or numbers).</source>
            <translation>Your own table: numeric feature columns and one target column (class labels or numbers).</translation>
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
            <source>{0} output(s), regression</source>
            <translation>{0} output(s), regression</translation>
        </message>
        <message>
            <source>{0} classes</source>
            <translation>{0} classes</translation>
        </message>
    </context>
    <context>
        <name>DecisionRegionPlot</name>
        <message>
            <source>Discretize</source>
            <extracomment>how strongly regions are tinted: the Playground paints its heat map with alpha 160 over white bands of the discretized regression surface uint8 RGBA lookup table (256 entries) of the regions' diverging map (entry i is t = i / 255) the same map at full strength, for regression points</extracomment>
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
            <source>The inputs not on the axes are held at their training mean while the model is evaluated</source>
            <translation>The inputs not on the axes are held at their training mean while the model is evaluated</translation>
        </message>
        <message>
            <source>input {0}</source>
            <translation>input {0}</translation>
        </message>
        <message>
            <source>Paint the predicted value in {0} bands of equal width</source>
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
            <source>Keras HDF5 models (*.h5 *.hdf5);;All files (*)</source>
            <translation>Keras HDF5 models (*.h5 *.hdf5);;All files (*)</translation>
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
            <source>Opened the example {0} (save it to keep your changes)</source>
            <translation>Opened the example {0} (save it to keep your changes)</translation>
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
            <source>Import Keras .h5 model</source>
            <translation>Import Keras .h5 model</translation>
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
            <source>Imported the model from {0}</source>
            <translation>Imported the model from {0}</translation>
        </message>
        <message>
            <source>Export .h5 — the model is not trained yet: the file gets freshly initialised weights</source>
            <translation>Export .h5 — the model is not trained yet: the file gets freshly initialised weights</translation>
        </message>
        <message>
            <source>Export the trained model as .h5</source>
            <translation>Export the trained model as .h5</translation>
        </message>
        <message>
            <source>Cannot export the model</source>
            <translation>Cannot export the model</translation>
        </message>
        <message>
            <source>Exported the trained model to {0}</source>
            <translation>Exported the trained model to {0}</translation>
        </message>
        <message>
            <source>Exported the untrained model (initial weights) to {0}</source>
            <translation>Exported the untrained model (initial weights) to {0}</translation>
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
        <name>GradientHint</name>
        <message>
            <source>{0} has derivative 0: gradient descent cannot train this layer; use the perceptron learning rule</source>
            <translation>{0} has derivative 0: gradient descent cannot train this layer; use the perceptron learning rule</translation>
        </message>
        <message>
            <source>Gradient descent cannot train this model: {0} has derivative 0 everywhere, so no gradient reaches the weights and the loss stays flat. Train step units with the perceptron learning rule (w ← w + η (y − ŷ) x), or choose sigmoid or tanh to train with gradient descent.</source>
            <translation>Gradient descent cannot train this model: {0} has derivative 0 everywhere, so no gradient reaches the weights and the loss stays flat. Train step units with the perceptron learning rule (w ← w + η (y − ŷ) x), or choose sigmoid or tanh to train with gradient descent.</translation>
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
            <extracomment>seconds between redraws of the curves while a run streams in legend offsets from the plot's top right and bottom right corners (pyqtgraph: negative y = from the bottom) the steadied ranges (``_RangeAnchor``) reach this fraction beyond the data's nice bounds the per-batch curve shows at most about this many points (means of consecutive batches beyond that)</extracomment>
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
        <name>MainWindow</name>
        <message>
            <source>&lt;opened project&gt;</source>
            <translation>&lt;opened project&gt;</translation>
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
            <source>Training controls</source>
            <translation>Training controls</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>untitled</translation>
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
Keep: the trained weights stay (to inspect or export) until the next Play.
Cancel: undo the edit.</source>
            <translation>Reset: the trained weights and curves are cleared; Play starts from new weights.
Keep: the trained weights stay (to inspect or export) until the next Play.
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
            <source>&amp;Import Keras .h5…</source>
            <translation>&amp;Import Keras .h5…</translation>
        </message>
        <message>
            <source>Replace the model with one from a Keras .h5 file</source>
            <translation>Replace the model with one from a Keras .h5 file</translation>
        </message>
        <message>
            <source>&amp;Export .h5…</source>
            <translation>&amp;Export .h5…</translation>
        </message>
        <message>
            <source>Save the model and its weights as a Keras-compatible .h5 file</source>
            <translation>Save the model and its weights as a Keras-compatible .h5 file</translation>
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
        <name>NetworkView</name>
        <message>
            <source>⋯ {0} more</source>
            <extracomment>weight signs (UI.md): the Playground's blue for positive, orange for negative side of a neuron's thumbnail (view units; nodes are ROW_GAP apart) how close (pixels) the pointer must be to a line to pick it colour groups of the lines width group of the lines that skip columns (1.5 px): a few lines running beside many must stand out output ranges of bounded activations (thumbnail colour levels); others use ± the largest |value| one pen per (colour group, width group)</extracomment>
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
            <source>Predicted vs true</source>
            <translation>Predicted vs true</translation>
        </message>
        <message>
            <source>Test set: {0} samples · mean absolute error {1:.4g} · R² {2:.3f}</source>
            <translation>Test set: {0} samples · mean absolute error {1:.4g} · R² {2:.3f}</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>Test set: {0} samples · accuracy {1:.1%} · {2} misclassified</source>
            <translation>Test set: {0} samples · accuracy {1:.1%} · {2} misclassified</translation>
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
            <source>{0} of {1} test images</source>
            <translation>{0} of {1} test images</translation>
        </message>
        <message>
            <source>{0} · unit {1} · pixel ({2}, {3}) · w = {4:.3g}</source>
            <translation>{0} · unit {1} · pixel ({2}, {3}) · w = {4:.3g}</translation>
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
            <translation>Epoch {0}</translation>
        </message>
        <message>
            <source>loss {0}</source>
            <translation>loss {0}</translation>
        </message>
        <message>
            <source>val {0}</source>
            <translation>val {0}</translation>
        </message>
        <message>
            <source>{0} samples/s</source>
            <translation>{0} samples/s</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>%v / %m epochs</source>
            <extracomment>the settings shown for each optimizer, with (minimum, maximum, step, decimals) for the numbers per state: which of play, pause, step, stop, reset can be pressed</extracomment>
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
            <source>Early stopping</source>
            <translation>Early stopping</translation>
        </message>
        <message>
            <source>Stop when the monitored value has not improved for a number of epochs</source>
            <translation>Stop when the monitored value has not improved for a number of epochs</translation>
        </message>
        <message>
            <source>val accuracy</source>
            <translation>val accuracy</translation>
        </message>
        <message>
            <source>Watch</source>
            <translation>Watch</translation>
        </message>
        <message>
            <source> epochs</source>
            <translation> epochs</translation>
        </message>
        <message>
            <source>Patience</source>
            <translation>Patience</translation>
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
            <source>Save checkpoints to</source>
            <translation>Save checkpoints to</translation>
        </message>
        <message>
            <source>Keras HDF5 model (*.h5)</source>
            <translation>Keras HDF5 model (*.h5)</translation>
        </message>
        <message>
            <source>TensorBoard log folder</source>
            <translation>TensorBoard log folder</translation>
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
            <translation>The model, data or backend changed: training starts from new weights.</translation>
        </message>
        <message>
            <source>Paused before epoch {0}, batch {1}: Train resumes, Step trains one batch.</source>
            <translation>Paused before epoch {0}, batch {1}: Train resumes, Step trains one batch.</translation>
        </message>
        <message>
            <source>Stopped early after {0} epochs (EarlyStopping): loss {1:.4g}</source>
            <translation>Stopped early after {0} epochs (EarlyStopping): loss {1:.4g}</translation>
        </message>
        <message>
            <source>Training finished: {0} epochs, loss {1:.4g}</source>
            <translation>Training finished: {0} epochs, loss {1:.4g}</translation>
        </message>
        <message>
            <source>Training diverged: {0}</source>
            <translation>Training diverged: {0}</translation>
        </message>
        <message>
            <source>Stopped after {0} epochs.</source>
            <translation>Stopped after {0} epochs.</translation>
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
            <extracomment>terminal events after which the probes look at the model once more (an error may have left no model) errors that mean "the project cannot be trained as it is"; their message is shown as it is the built run (model, trainer, dataset); set in the worker thread before the first payload</extracomment>
            <translation>A live view stopped updating: {0}</translation>
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
