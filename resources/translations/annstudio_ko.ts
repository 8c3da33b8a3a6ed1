<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About annstudio</source>
            <translation>annstudio 정보</translation>
        </message>
        <message>
            <source>A visual trainer for artificial neural networks.&lt;br&gt;&lt;br&gt;Build a layer stack, choose a dataset and a backend — a from-scratch NumPy implementation or TensorFlow/Keras — and watch the network learn: loss curves, decision regions and activations, live. Models are saved as Keras-compatible .h5 files.&lt;br&gt;&lt;br&gt;Made for learners of the Korean deep-learning course; the interface speaks Korean and English.</source>
            <translation>인공신경망을 눈으로 보며 학습시키는 도구입니다.&lt;br&gt;&lt;br&gt;층을 쌓고, 데이터셋과 백엔드(직접 구현한 NumPy 또는 TensorFlow/Keras)를 고른 뒤 신경망이 학습하는 모습을 실시간으로 지켜보세요: 손실 곡선, 결정 영역, 활성화 값. 모델은 Keras와 호환되는 .h5 파일로 저장됩니다.&lt;br&gt;&lt;br&gt;한국어 딥러닝 강의의 학습자를 위해 만들었으며, 한국어와 영어 화면을 지원합니다.</translation>
        </message>
    </context>
    <context>
        <name>ActivationView</name>
        <message>
            <source>Tick the functions to draw. Bold: used in this model.</source>
            <extracomment>the z grid of the function plot: 601 points, 0 among them (step and sign jump there)</extracomment>
            <translation>그릴 함수를 체크하세요. 굵은 글씨: 이 모델에서 쓰는 함수.</translation>
        </message>
        <message>
            <source>solid: f(z)    dashed: f′(z)    bold: used in this model</source>
            <translation>실선: f(z)    점선: f′(z)    굵은 선: 이 모델에서 사용</translation>
        </message>
        <message>
            <source>&lt;b&gt;During training&lt;/b&gt;: the values z = x·W + b that each layer's activation function receives, on a fixed sample of training inputs</source>
            <translation>&lt;b&gt;학습 중&lt;/b&gt;: 각 층의 활성화 함수가 받는 값 z = x·W + b (고정된 훈련 입력 샘플 기준)</translation>
        </message>
        <message>
            <source>Train the model to see each layer's values here.</source>
            <translation>모델을 학습시키면 각 층의 값이 여기에 나타납니다.</translation>
        </message>
        <message>
            <source>Vanishing gradients: backpropagation multiplies the gradient by f′(z) at every layer. &lt;b&gt;Saturated&lt;/b&gt; (sigmoid, tanh): f′(z) &amp;lt; {0}, that is |z| &amp;gt; {1} for sigmoid and |z| &amp;gt; {2} for tanh; less than 1% of the gradient gets through, and through several saturated layers almost nothing. &lt;b&gt;Dead&lt;/b&gt; (ReLU): the unit outputs 0 for every sample shown, so its weights get no gradient at all. This is why ReLU replaced sigmoid in deep networks.</source>
            <translation>기울기 소실: 역전파는 층마다 기울기에 f′(z)를 곱합니다. &lt;b&gt;포화&lt;/b&gt;(시그모이드, tanh): f′(z) &amp;lt; {0}, 즉 시그모이드는 |z| &amp;gt; {1}, tanh는 |z| &amp;gt; {2}이면 기울기가 1%도 전달되지 않고, 포화된 층을 여러 개 거치면 거의 아무것도 남지 않습니다. &lt;b&gt;죽은 유닛&lt;/b&gt;(ReLU): 보여 준 모든 샘플에서 유닛이 0을 출력하므로 그 가중치는 기울기를 전혀 받지 못합니다. 심층 신경망에서 ReLU가 시그모이드를 대신하게 된 이유가 바로 이것입니다.</translation>
        </message>
        <message>
            <source>{0}  (in this model)</source>
            <translation>{0}  (이 모델에서 사용)</translation>
        </message>
        <message>
            <source>Used by: {0}</source>
            <translation>사용하는 층: {0}</translation>
        </message>
        <message>
            <source>Softmax is not elementwise; drawn for two classes, (z, 0), where it equals sigmoid(z): a wide band under the other curves.</source>
            <translation>소프트맥스는 원소별 함수가 아닙니다. 두 클래스 (z, 0)에 대해 그렸고, 이때 sigmoid(z)와 같습니다: 다른 곡선 아래의 넓은 띠로 표시합니다.</translation>
        </message>
        <message>
            <source>saturated {0}</source>
            <translation>포화 {0}</translation>
        </message>
        <message>
            <source>dead {0} of {1} units</source>
            <translation>죽은 유닛 {1}개 중 {0}개</translation>
        </message>
    </context>
    <context>
        <name>BackendPicker</name>
        <message>
            <source>Where training runs: the from-scratch NumPy code, or TensorFlow on a CPU or GPU</source>
            <translation>학습을 실행할 곳: 직접 구현한 NumPy 코드, 또는 CPU나 GPU의 TensorFlow</translation>
        </message>
        <message>
            <source>NumPy (from scratch)</source>
            <translation>NumPy (직접 구현)</translation>
        </message>
        <message>
            <source>The from-scratch NumPy implementation: every step can be read in the code</source>
            <translation>직접 구현한 NumPy 코드: 모든 계산 단계를 코드에서 읽을 수 있습니다</translation>
        </message>
        <message>
            <source>TensorFlow — CPU</source>
            <translation>TensorFlow — CPU</translation>
        </message>
        <message>
            <source>checking devices…</source>
            <translation>장치 확인 중…</translation>
        </message>
        <message>
            <source>TensorFlow — GPU (checking…)</source>
            <translation>TensorFlow — GPU (확인 중…)</translation>
        </message>
        <message>
            <source>TensorFlow — GPU</source>
            <translation>TensorFlow — GPU</translation>
        </message>
        <message>
            <source>TensorFlow could not start: {0}</source>
            <translation>TensorFlow를 시작할 수 없습니다: {0}</translation>
        </message>
        <message>
            <source>the host CPU</source>
            <translation>이 컴퓨터의 CPU</translation>
        </message>
        <message>
            <source>TensorFlow — {0}</source>
            <translation>TensorFlow — {0}</translation>
        </message>
        <message>
            <source>No GPU found</source>
            <translation>GPU를 찾지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ClassNames</name>
        <message>
            <source>T-shirt/top</source>
            <extracomment>every label a bundled dataset ships that reads differently in another language</extracomment>
            <translation>티셔츠/탑</translation>
        </message>
        <message>
            <source>Trouser</source>
            <translation>바지</translation>
        </message>
        <message>
            <source>Pullover</source>
            <translation>풀오버</translation>
        </message>
        <message>
            <source>Dress</source>
            <translation>드레스</translation>
        </message>
        <message>
            <source>Coat</source>
            <translation>코트</translation>
        </message>
        <message>
            <source>Sandal</source>
            <translation>샌들</translation>
        </message>
        <message>
            <source>Shirt</source>
            <translation>셔츠</translation>
        </message>
        <message>
            <source>Sneaker</source>
            <translation>운동화</translation>
        </message>
        <message>
            <source>Bag</source>
            <translation>가방</translation>
        </message>
        <message>
            <source>Ankle boot</source>
            <translation>앵클부츠</translation>
        </message>
        <message>
            <source>malignant</source>
            <translation>악성</translation>
        </message>
        <message>
            <source>benign</source>
            <translation>양성</translation>
        </message>
        <message>
            <source>not setosa</source>
            <translation>setosa 아님</translation>
        </message>
        <message>
            <source>class {0}</source>
            <translation>클래스 {0}</translation>
        </message>
    </context>
    <context>
        <name>ConfusionModel</name>
        <message>
            <source>True {0}, predicted {1}: {2} ({3:.1f}% of {0})</source>
            <extracomment>at most this many first-layer units are drawn</extracomment>
            <translation>실제 {0}, 예측 {1}: {2}개 ({0}의 {3:.1f}%)</translation>
        </message>
        <message>
            <source>True class: {0}</source>
            <translation>실제 클래스: {0}</translation>
        </message>
        <message>
            <source>Predicted class: {0}</source>
            <translation>예측 클래스: {0}</translation>
        </message>
    </context>
    <context>
        <name>DatasetPanel</name>
        <message>
            <source>Logic gates</source>
            <translation>논리 게이트</translation>
        </message>
        <message>
            <source>2-D toy sets (Playground)</source>
            <translation>2차원 연습용 데이터 (Playground)</translation>
        </message>
        <message>
            <source>Bundled data sets</source>
            <translation>내장 데이터셋</translation>
        </message>
        <message>
            <source>Image data sets</source>
            <translation>이미지 데이터셋</translation>
        </message>
        <message>
            <source>Your own data (CSV)</source>
            <translation>내 데이터 (CSV)</translation>
        </message>
        <message>
            <source>AND gate</source>
            <translation>AND 게이트</translation>
        </message>
        <message>
            <source>OR gate</source>
            <translation>OR 게이트</translation>
        </message>
        <message>
            <source>NAND gate</source>
            <translation>NAND 게이트</translation>
        </message>
        <message>
            <source>NOR gate</source>
            <translation>NOR 게이트</translation>
        </message>
        <message>
            <source>XOR gate</source>
            <translation>XOR 게이트</translation>
        </message>
        <message>
            <source>Circle</source>
            <translation>원</translation>
        </message>
        <message>
            <source>Exclusive or</source>
            <translation>배타적 논리합 (XOR)</translation>
        </message>
        <message>
            <source>Two Gaussians</source>
            <translation>두 가우시안</translation>
        </message>
        <message>
            <source>Spiral</source>
            <translation>나선</translation>
        </message>
        <message>
            <source>Moons</source>
            <translation>초승달</translation>
        </message>
        <message>
            <source>Plane (regression)</source>
            <translation>평면 (회귀)</translation>
        </message>
        <message>
            <source>Multi Gaussian (regression)</source>
            <translation>여러 가우시안 (회귀)</translation>
        </message>
        <message>
            <source>Iris</source>
            <translation>붓꽃 (Iris)</translation>
        </message>
        <message>
            <source>Digits 8x8</source>
            <translation>손글씨 숫자 8x8</translation>
        </message>
        <message>
            <source>Wine</source>
            <translation>와인</translation>
        </message>
        <message>
            <source>Breast cancer</source>
            <translation>유방암</translation>
        </message>
        <message>
            <source>Diabetes (regression)</source>
            <translation>당뇨병 (회귀)</translation>
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
            <translation>CSV 파일</translation>
        </message>
        <message>
            <source>AND gate truth table (4 points). Linearly separable: one perceptron can learn it.</source>
            <translation>AND 게이트의 진리표 (점 4개). 선형 분리 가능: 퍼셉트론 하나로 학습할 수 있습니다.</translation>
        </message>
        <message>
            <source>OR gate truth table (4 points). Linearly separable: one perceptron can learn it.</source>
            <translation>OR 게이트의 진리표 (점 4개). 선형 분리 가능: 퍼셉트론 하나로 학습할 수 있습니다.</translation>
        </message>
        <message>
            <source>NAND gate truth table (4 points). Linearly separable: one perceptron can learn it.</source>
            <translation>NAND 게이트의 진리표 (점 4개). 선형 분리 가능: 퍼셉트론 하나로 학습할 수 있습니다.</translation>
        </message>
        <message>
            <source>NOR gate truth table (4 points). Linearly separable, like AND and OR.</source>
            <translation>NOR 게이트의 진리표 (점 4개). AND, OR처럼 선형 분리 가능합니다.</translation>
        </message>
        <message>
            <source>XOR gate truth table (4 points). Not linearly separable: it needs a hidden layer.</source>
            <translation>XOR 게이트의 진리표 (점 4개). 선형 분리가 불가능하므로 은닉층이 필요합니다.</translation>
        </message>
        <message>
            <source>One class inside a circle, the other in a ring around it. Needs a non-linear decision boundary.</source>
            <translation>한 클래스는 원 안에, 다른 클래스는 그 둘레의 고리에 있습니다. 비선형 결정 경계가 필요합니다.</translation>
        </message>
        <message>
            <source>Class 1 where x1 and x2 have the same sign, class 0 in the other two quadrants.</source>
            <translation>x1과 x2의 부호가 같으면 클래스 1, 나머지 두 사분면은 클래스 0입니다.</translation>
        </message>
        <message>
            <source>Two Gaussian clouds; linearly separable when the noise is low.</source>
            <translation>가우시안 분포를 따르는 두 점 구름. 잡음이 적으면 선형 분리 가능합니다.</translation>
        </message>
        <message>
            <source>Two interleaved spirals: the hardest toy set, it needs several hidden layers.</source>
            <translation>서로 맞물린 두 나선: 가장 어려운 연습용 데이터로, 은닉층이 여러 개 필요합니다.</translation>
        </message>
        <message>
            <source>Two interleaving half circles.</source>
            <translation>서로 맞물린 두 반원.</translation>
        </message>
        <message>
            <source>Regression: the target rises linearly across the plane.</source>
            <translation>회귀: 목표값이 평면을 따라 선형으로 증가합니다.</translation>
        </message>
        <message>
            <source>Regression: six Gaussian bumps of +1 and -1.</source>
            <translation>회귀: +1과 -1 높이의 가우시안 봉우리 여섯 개.</translation>
        </message>
        <message>
            <source>Iris flowers: 150 samples, 4 measurements, 3 species.</source>
            <translation>붓꽃: 샘플 150개, 측정값 4개, 품종 3가지.</translation>
        </message>
        <message>
            <source>Handwritten digits 0-9 as 8x8 images (1,797 samples): a small, offline stand-in for MNIST.</source>
            <translation>0–9 손글씨 숫자의 8x8 이미지 (샘플 1,797개): 오프라인에서 쓰는 작은 MNIST 대용.</translation>
        </message>
        <message>
            <source>Wine recognition: 178 samples, 13 chemical measurements, 3 cultivars.</source>
            <translation>와인 분류: 샘플 178개, 화학 측정값 13개, 품종 3가지.</translation>
        </message>
        <message>
            <source>Breast cancer Wisconsin: 569 samples, 30 features, malignant or benign.</source>
            <translation>위스콘신 유방암: 샘플 569개, 특성 30개, 악성 또는 양성.</translation>
        </message>
        <message>
            <source>Regression: disease progression of 442 patients from 10 features.</source>
            <translation>회귀: 특성 10개로 환자 442명의 병의 진행을 예측합니다.</translation>
        </message>
        <message>
            <source>70,000 grayscale 28x28 images of 10 kinds of clothing (60,000 for training, 10,000 for testing).</source>
            <translation>옷 10종류의 28x28 흑백 이미지 70,000장 (훈련용 60,000장, 테스트용 10,000장).</translation>
        </message>
        <message>
            <source>70,000 grayscale 28x28 images of handwritten digits (60,000 for training, 10,000 for testing).</source>
            <translation>손글씨 숫자의 28x28 흑백 이미지 70,000장 (훈련용 60,000장, 테스트용 10,000장).</translation>
        </message>
        <message>
            <source>Your own table: numeric feature columns and one target column (class labels or numbers).</source>
            <translation>내 표 데이터: 숫자로 된 특성 열들과 목표 열 하나 (클래스 레이블 또는 숫자).</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>반복</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>샘플 수</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>잡음</translation>
        </message>
        <message>
            <source>Test set ratio</source>
            <translation>테스트 세트 비율</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>시드</translation>
        </message>
        <message>
            <source>Standardize features</source>
            <translation>특성 표준화</translation>
        </message>
        <message>
            <source>Standardize target</source>
            <translation>목표값 표준화</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>특성</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Scale to 0..1</source>
            <translation>0..1로 조정</translation>
        </message>
        <message>
            <source>Flatten images</source>
            <translation>이미지 펼치기</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>폴더</translation>
        </message>
        <message>
            <source>Download if missing</source>
            <translation>없으면 내려받기</translation>
        </message>
        <message>
            <source>Validation images</source>
            <translation>검증 이미지 수</translation>
        </message>
        <message>
            <source>Training images</source>
            <translation>훈련 이미지 수</translation>
        </message>
        <message>
            <source>Test images</source>
            <translation>테스트 이미지 수</translation>
        </message>
        <message>
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>문제 유형</translation>
        </message>
        <message>
            <source>Delimiter</source>
            <translation>구분자</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>머리글 행</translation>
        </message>
        <message>
            <source>How many times the 4-row truth table is repeated</source>
            <translation>4행짜리 진리표를 몇 번 반복할지</translation>
        </message>
        <message>
            <source>Number of points (training + test)</source>
            <translation>점의 개수 (훈련 + 테스트)</translation>
        </message>
        <message>
            <source>How much the points are scattered (0-50 %)</source>
            <translation>점이 흩어진 정도 (0–50 %)</translation>
        </message>
        <message>
            <source>Fraction of the samples held out as the test set</source>
            <translation>테스트 세트로 떼어 둘 샘플의 비율</translation>
        </message>
        <message>
            <source>Random seed: the same seed gives the same data and split</source>
            <translation>난수 시드: 같은 시드는 같은 데이터와 분할을 만듭니다</translation>
        </message>
        <message>
            <source>Standardize features (mean 0, std 1) with statistics of the training set only</source>
            <translation>훈련 세트의 통계만으로 특성을 표준화합니다 (평균 0, 표준편차 1)</translation>
        </message>
        <message>
            <source>Standardize the regression target too</source>
            <translation>회귀의 목표값도 표준화합니다</translation>
        </message>
        <message>
            <source>Which measurements to use as inputs</source>
            <translation>입력으로 쓸 측정값</translation>
        </message>
        <message>
            <source>What to predict</source>
            <translation>예측할 대상</translation>
        </message>
        <message>
            <source>Divide pixel values so they lie in 0..1</source>
            <translation>픽셀 값을 나누어 0..1 범위로 만듭니다</translation>
        </message>
        <message>
            <source>Give images as flat vectors instead of 2-D arrays</source>
            <translation>이미지를 2차원 배열 대신 1차원 벡터로 줍니다</translation>
        </message>
        <message>
            <source>Folder with the data files; empty searches the standard folders</source>
            <translation>데이터 파일이 있는 폴더. 비워 두면 표준 폴더를 찾습니다</translation>
        </message>
        <message>
            <source>Download the files when they are not found (needs internet)</source>
            <translation>파일이 없으면 내려받습니다 (인터넷 필요)</translation>
        </message>
        <message>
            <source>The first N training images become the validation set (0 = none)</source>
            <translation>처음 N장의 훈련 이미지를 검증 세트로 씁니다 (0 = 없음)</translation>
        </message>
        <message>
            <source>Use only the first N training images, for quick runs (none = all)</source>
            <translation>빠른 실행을 위해 처음 N장의 훈련 이미지만 씁니다 (없음 = 전부)</translation>
        </message>
        <message>
            <source>Use only the first N test images (none = all)</source>
            <translation>처음 N장의 테스트 이미지만 씁니다 (없음 = 전부)</translation>
        </message>
        <message>
            <source>The CSV file to import</source>
            <translation>가져올 CSV 파일</translation>
        </message>
        <message>
            <source>What the target is; 'auto' decides from the values</source>
            <translation>목표값의 종류. '자동'은 값을 보고 정합니다</translation>
        </message>
        <message>
            <source>Field separator; 'auto' detects it</source>
            <translation>필드 구분자. '자동'은 알아서 찾습니다</translation>
        </message>
        <message>
            <source>Is the first row column names?</source>
            <translation>첫 행이 열 이름인가요?</translation>
        </message>
        <message>
            <source>all</source>
            <translation>전부</translation>
        </message>
        <message>
            <source>petal only</source>
            <translation>꽃잎만</translation>
        </message>
        <message>
            <source>sepal only</source>
            <translation>꽃받침만</translation>
        </message>
        <message>
            <source>species (3 classes)</source>
            <translation>품종 (클래스 3개)</translation>
        </message>
        <message>
            <source>setosa or not (binary)</source>
            <translation>setosa인지 아닌지 (이진)</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>자동</translation>
        </message>
        <message>
            <source>classification</source>
            <translation>분류</translation>
        </message>
        <message>
            <source>regression</source>
            <translation>회귀</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>쉼표</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>세미콜론</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>탭</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>binary classification</source>
            <translation>이진 분류</translation>
        </message>
        <message>
            <source>multi-class classification</source>
            <translation>다중 분류</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>Fit the model to this data</source>
            <translation>모델을 이 데이터에 맞추기</translation>
        </message>
        <message>
            <source>Set the Input layer's shape, the output layer and the loss function to match the data</source>
            <translation>입력층의 모양, 출력층, 손실 함수를 데이터에 맞게 설정합니다</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>default</source>
            <translation>기본값</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>데이터 폴더 선택</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>CSV 파일 선택</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>CSV 파일 (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Unknown dataset {0!r}</source>
            <translation>알 수 없는 데이터셋 {0!r}</translation>
        </message>
        <message>
            <source>Dataset: {0}</source>
            <translation>데이터셋: {0}</translation>
        </message>
        <message>
            <source>Change {0}</source>
            <translation>{0} 변경</translation>
        </message>
        <message>
            <source>Features: {0}</source>
            <translation>특성: {0}</translation>
        </message>
        <message>
            <source>The model fits the data</source>
            <translation>모델이 데이터에 맞습니다</translation>
        </message>
        <message>
            <source>Fit the model to the data</source>
            <translation>모델을 데이터에 맞추기</translation>
        </message>
        <message>
            <source>{0} training · {1} test</source>
            <translation>훈련 {0} · 테스트 {1}</translation>
        </message>
        <message>
            <source> · {0} validation</source>
            <translation> · 검증 {0}</translation>
        </message>
        <message>
            <source>inputs {0}</source>
            <translation>입력 {0}</translation>
        </message>
        <message>
            <source>{0} output(s), regression</source>
            <translation>출력 {0}개, 회귀</translation>
        </message>
        <message>
            <source>{0} classes</source>
            <translation>클래스 {0}개</translation>
        </message>
    </context>
    <context>
        <name>DecisionRegionPlot</name>
        <message>
            <source>Discretize</source>
            <extracomment>how strongly regions are tinted: the Playground paints its heat map with alpha 160 over white bands of the discretized regression surface uint8 RGBA lookup table (256 entries) of the regions' diverging map (entry i is t = i / 255) the same map at full strength, for regression points</extracomment>
            <translation>이산화</translation>
        </message>
        <message>
            <source>Paint only the predicted class (the most probable one, or probability ≥ 0.5) instead of blending by probability</source>
            <translation>확률에 따라 색을 섞지 않고 예측한 클래스(확률이 가장 높은 클래스, 또는 확률 ≥ 0.5)만 칠합니다</translation>
        </message>
        <message>
            <source>Show test data</source>
            <translation>테스트 데이터 표시</translation>
        </message>
        <message>
            <source>Test points are drawn as rings, training points filled</source>
            <translation>테스트 점은 고리로, 훈련 점은 속이 찬 점으로 그립니다</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>해상도</translation>
        </message>
        <message>
            <source>Grid points per side where the model is evaluated</source>
            <translation>모델을 계산하는 격자의 한 변당 점 수</translation>
        </message>
        <message>
            <source>The input on the horizontal axis</source>
            <translation>가로축에 놓을 입력</translation>
        </message>
        <message>
            <source>The input on the vertical axis</source>
            <translation>세로축에 놓을 입력</translation>
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
            <translation>나머지는 평균값</translation>
        </message>
        <message>
            <source>The inputs not on the axes are held at their training mean while the model is evaluated</source>
            <translation>축에 없는 입력은 모델을 계산하는 동안 훈련 세트의 평균값으로 고정합니다</translation>
        </message>
        <message>
            <source>input {0}</source>
            <translation>입력 {0}</translation>
        </message>
        <message>
            <source>Paint the predicted value in {0} bands of equal width</source>
            <translation>예측값을 같은 폭의 구간 {0}개로 나누어 칠합니다</translation>
        </message>
        <message>
            <source>Load a data set to see what the model learns here.</source>
            <translation>데이터셋을 불러오면 모델이 학습하는 내용이 여기에 나타납니다.</translation>
        </message>
        <message>
            <source>This data set holds images: decision regions are drawn for data with a few numeric inputs (the 2-D toy sets, iris, wine …).</source>
            <translation>이 데이터셋은 이미지입니다: 결정 영역은 숫자 입력이 몇 개뿐인 데이터(2차원 연습용 데이터, 붓꽃, 와인 …)에만 그립니다.</translation>
        </message>
        <message>
            <source>This data set has a single input: decision regions need two.</source>
            <translation>이 데이터셋은 입력이 하나뿐입니다: 결정 영역을 그리려면 입력이 두 개 필요합니다.</translation>
        </message>
    </context>
    <context>
        <name>FileActionsMixin</name>
        <message>
            <source>Unsaved changes</source>
            <translation>저장하지 않은 변경 사항</translation>
        </message>
        <message>
            <source>The project “{0}” has unsaved changes. Save them first?</source>
            <translation>프로젝트 “{0}”에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
        </message>
        <message>
            <source>annstudio projects (*.annproj);;All files (*)</source>
            <translation>annstudio 프로젝트 (*.annproj);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Keras HDF5 models (*.h5 *.hdf5);;All files (*)</source>
            <translation>Keras HDF5 모델 (*.h5 *.hdf5);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>새 프로젝트</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>프로젝트 열기</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>프로젝트를 열 수 없습니다</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>{0}을(를) 열었습니다</translation>
        </message>
        <message>
            <source>Cannot open the example</source>
            <translation>예제를 열 수 없습니다</translation>
        </message>
        <message>
            <source>Opened the example {0} (save it to keep your changes)</source>
            <translation>예제 {0}을(를) 열었습니다 (변경 내용을 남기려면 저장하세요)</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>다른 이름으로 프로젝트 저장</translation>
        </message>
        <message>
            <source>Cannot save the project</source>
            <translation>프로젝트를 저장할 수 없습니다</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>{0}을(를) 저장했습니다</translation>
        </message>
        <message>
            <source>Import Keras .h5 model</source>
            <translation>Keras .h5 모델 가져오기</translation>
        </message>
        <message>
            <source>Cannot import the model</source>
            <translation>모델을 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>Import {0}</source>
            <translation>{0} 가져오기</translation>
        </message>
        <message>
            <source>Imported the model from {0}</source>
            <translation>{0}에서 모델을 가져왔습니다</translation>
        </message>
        <message>
            <source>Export .h5 — the model is not trained yet: the file gets freshly initialised weights</source>
            <translation>.h5 내보내기 — 아직 학습하지 않은 모델이므로 파일에는 새로 초기화한 가중치가 저장됩니다</translation>
        </message>
        <message>
            <source>Export the trained model as .h5</source>
            <translation>학습한 모델을 .h5로 내보내기</translation>
        </message>
        <message>
            <source>Cannot export the model</source>
            <translation>모델을 내보낼 수 없습니다</translation>
        </message>
        <message>
            <source>Exported the trained model to {0}</source>
            <translation>학습한 모델을 {0}(으)로 내보냈습니다</translation>
        </message>
        <message>
            <source>Exported the untrained model (initial weights) to {0}</source>
            <translation>학습하지 않은 모델(초기 가중치)을 {0}(으)로 내보냈습니다</translation>
        </message>
    </context>
    <context>
        <name>GalleryModel</name>
        <message>
            <source>Test sample {0}: true {1}, predicted {2} with probability {3:.1%}</source>
            <extracomment>the shown samples' predictions changed (the samples and their order did not): repaint the view</extracomment>
            <translation>테스트 샘플 {0}: 실제 {1}, 예측 {2} (확률 {3:.1%})</translation>
        </message>
    </context>
    <context>
        <name>GradientHint</name>
        <message>
            <source>{0} has derivative 0: gradient descent cannot train this layer; use the perceptron learning rule</source>
            <translation>{0}의 미분은 0입니다: 경사하강법으로는 이 층을 학습할 수 없습니다. 퍼셉트론 학습 규칙을 쓰세요</translation>
        </message>
        <message>
            <source>Gradient descent cannot train this model: {0} has derivative 0 everywhere, so no gradient reaches the weights and the loss stays flat. Train step units with the perceptron learning rule (w ← w + η (y − ŷ) x), or choose sigmoid or tanh to train with gradient descent.</source>
            <translation>경사하강법으로는 이 모델을 학습할 수 없습니다: {0}의 미분이 어디서나 0이라 가중치에 기울기가 전달되지 않고 손실이 그대로입니다. 계단 함수 유닛은 퍼셉트론 학습 규칙(w ← w + η (y − ŷ) x)으로 학습하거나, 경사하강법으로 학습하려면 sigmoid나 tanh를 고르세요.</translation>
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
            <translation>정규분포 난수의 표준편차</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>표준편차</translation>
        </message>
    </context>
    <context>
        <name>LayerCardDelegate</name>
        <message>
            <source>{0} features</source>
            <translation>특성 {0}개</translation>
        </message>
        <message>
            <source>shape {0}</source>
            <translation>모양 {0}</translation>
        </message>
        <message>
            <source>1 unit</source>
            <translation>유닛 1개</translation>
        </message>
        <message>
            <source>{0} units</source>
            <translation>유닛 {0}개</translation>
        </message>
        <message>
            <source>no bias</source>
            <translation>편향 없음</translation>
        </message>
        <message>
            <source>regularized</source>
            <translation>규제 적용</translation>
        </message>
        <message>
            <source>rate {0}</source>
            <translation>비율 {0}</translation>
        </message>
        <message>
            <source>momentum {0}</source>
            <translation>모멘텀 {0}</translation>
        </message>
        <message>
            <source>to one vector</source>
            <translation>벡터 하나로</translation>
        </message>
        <message>
            <source>{0} p</source>
            <translation>파라미터 {0}</translation>
        </message>
    </context>
    <context>
        <name>LayerInspector</name>
        <message>
            <source>Layer inspector</source>
            <translation>층 속성</translation>
        </message>
        <message>
            <source>The layer's name (unique; Keras uses it for weights and summaries)</source>
            <translation>층의 이름 (중복 불가. Keras가 가중치와 요약에 사용합니다)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>e.g. 2  or  28, 28</source>
            <translation>예: 2  또는  28, 28</translation>
        </message>
        <message>
            <source>Comma-separated positive whole numbers: features, or height, width</source>
            <translation>쉼표로 구분한 양의 정수: 특성 수, 또는 높이, 너비</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>모양</translation>
        </message>
        <message>
            <source>Number of neurons (units) = size of the output</source>
            <translation>뉴런(유닛)의 수 = 출력의 크기</translation>
        </message>
        <message>
            <source>Add a bias b to each unit</source>
            <translation>각 유닛에 편향 b를 더합니다</translation>
        </message>
        <message>
            <source>How the weights W get their random starting values</source>
            <translation>가중치 W의 무작위 초기값을 정하는 방법</translation>
        </message>
        <message>
            <source>Starting values of the biases b</source>
            <translation>편향 b의 초기값</translation>
        </message>
        <message>
            <source>L1 penalty on the weights: adds l1·Σ|w| to the loss (0 = off)</source>
            <translation>가중치에 대한 L1 페널티: 손실에 l1·Σ|w|를 더합니다 (0 = 끔)</translation>
        </message>
        <message>
            <source>L2 penalty on the weights: adds l2·Σw² to the loss (0 = off)</source>
            <translation>가중치에 대한 L2 페널티: 손실에 l2·Σw²를 더합니다 (0 = 끔)</translation>
        </message>
        <message>
            <source>y = x·scale + offset for every value. Scale 1/255 ≈ 0.00392 turns pixels 0 – 255 into 0 – 1, so a saved model takes raw pixels. No weights.</source>
            <translation>모든 값에 y = x·scale + offset. 배율 1/255 ≈ 0.00392는 픽셀 0 – 255를 0 – 1로 바꾸므로, 저장한 모델이 원래의 픽셀 값을 그대로 받습니다. 가중치가 없습니다.</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>배율</translation>
        </message>
        <message>
            <source>Every value is multiplied by this (1/255 ≈ 0.00392 for pixels)</source>
            <translation>모든 값에 이 수를 곱합니다 (픽셀에는 1/255 ≈ 0.00392)</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>오프셋</translation>
        </message>
        <message>
            <source>Added after scaling (e.g. −1 with scale 1/127.5 gives values from −1 to 1)</source>
            <translation>배율을 곱한 뒤 더합니다 (예: 배율 1/127.5에 −1을 더하면 −1에서 1 사이의 값)</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>유닛 수</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <source>Bias</source>
            <translation>편향</translation>
        </message>
        <message>
            <source>Weight init.</source>
            <translation>가중치 초기화</translation>
        </message>
        <message>
            <source>Bias init.</source>
            <translation>편향 초기화</translation>
        </message>
        <message>
            <source>L1 (weights)</source>
            <translation>L1 (가중치)</translation>
        </message>
        <message>
            <source>L2 (weights)</source>
            <translation>L2 (가중치)</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>함수</translation>
        </message>
        <message>
            <source>Fraction of the values set to 0 while training (0 – 0.95)</source>
            <translation>학습 중 0으로 만드는 값의 비율 (0 – 0.95)</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>비율</translation>
        </message>
        <message>
            <source>How slowly the running mean and variance follow the batches (0 – 1)</source>
            <translation>이동 평균과 이동 분산이 배치를 따라가는 느린 정도 (0 – 1)</translation>
        </message>
        <message>
            <source>Small number ε added to the variance to avoid dividing by 0</source>
            <translation>0으로 나누지 않도록 분산에 더하는 작은 수 ε</translation>
        </message>
        <message>
            <source>Learn a shift β (center)</source>
            <translation>이동값 β 학습 (center)</translation>
        </message>
        <message>
            <source>Learn a scale γ (scale)</source>
            <translation>배율 γ 학습 (scale)</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <source>Epsilon</source>
            <translation>엡실론</translation>
        </message>
        <message>
            <source>Inputs (earlier layers):</source>
            <translation>입력 (앞쪽 층):</translation>
        </message>
        <message>
            <source>Inputs of the Concatenate layer</source>
            <translation>Concatenate 층의 입력</translation>
        </message>
        <message>
            <source>Wide &amp; Deep: tick the Input to join it with the last hidden layer. A new Concatenate takes the layer just before it.</source>
            <translation>와이드 &amp; 딥: 입력층을 체크하면 마지막 은닉층과 이어 붙입니다. 새 Concatenate 층은 바로 앞 층을 입력으로 받습니다.</translation>
        </message>
        <message>
            <source>{0} has no settings.</source>
            <translation>{0} 층에는 설정이 없습니다.</translation>
        </message>
        <message>
            <source>{0} layers selected. Select one layer to change its settings.</source>
            <translation>층 {0}개가 선택되었습니다. 설정을 바꾸려면 층 하나만 선택하세요.</translation>
        </message>
        <message>
            <source>Select a layer in the stack to see and change its settings.</source>
            <translation>층 목록에서 층을 선택하면 설정을 보고 바꿀 수 있습니다.</translation>
        </message>
        <message>
            <source>Output {0} · {1} parameters</source>
            <translation>출력 {0} · 파라미터 {1}개</translation>
        </message>
        <message>
            <source>⚠ {0}</source>
            <translation>⚠ {0}</translation>
        </message>
        <message>
            <source>Enter positive whole numbers separated by commas, e.g. 2 or 28, 28.</source>
            <translation>쉼표로 구분한 양의 정수를 입력하세요. 예: 2 또는 28, 28.</translation>
        </message>
        <message>
            <source>Rename {0} to {1}</source>
            <translation>{0}의 이름을 {1}(으)로 변경</translation>
        </message>
        <message>
            <source>A layer name cannot be empty.</source>
            <translation>층 이름은 비워 둘 수 없습니다.</translation>
        </message>
        <message>
            <source>A layer name cannot contain “/”.</source>
            <translation>층 이름에는 “/”를 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>The name “{0}” is already used by another layer.</source>
            <translation>“{0}”은(는) 이미 다른 층이 쓰는 이름입니다.</translation>
        </message>
        <message>
            <source>Connect {0} to {1}</source>
            <translation>{0}을(를) {1}에 연결</translation>
        </message>
        <message>
            <source>y = activation(x·W + b): each unit (neuron) weighs every input, adds its bias and applies the activation function.</source>
            <translation>y = 활성화(x·W + b): 각 유닛(뉴런)은 모든 입력에 가중치를 곱해 더하고, 편향을 더한 뒤 활성화 함수를 적용합니다.</translation>
        </message>
        <message>
            <source>The features of one sample enter here. Shape: the number of input columns (e.g. 2), or height, width for images (e.g. 28, 28).</source>
            <translation>샘플 하나의 특성이 여기로 들어옵니다. 모양: 입력 열의 수 (예: 2), 이미지는 높이, 너비 (예: 28, 28).</translation>
        </message>
        <message>
            <source>y = f(x) for every value. No weights: it only makes the network non-linear.</source>
            <translation>모든 값에 y = f(x)를 적용합니다. 가중치가 없으며, 신경망을 비선형으로 만들 뿐입니다.</translation>
        </message>
        <message>
            <source>While training, each value becomes 0 with probability rate (the rest are scaled by 1/(1 − rate)). When predicting, values pass unchanged.</source>
            <translation>학습 중에는 각 값이 rate의 확률로 0이 됩니다 (나머지는 1/(1 − rate)배). 예측할 때는 값이 그대로 통과합니다.</translation>
        </message>
        <message>
            <source>y = γ·(x − mean)/√(variance + ε) + β, with the batch's mean and variance while training and their running averages when predicting.</source>
            <translation>y = γ·(x − 평균)/√(분산 + ε) + β. 학습 중에는 배치의 평균과 분산을, 예측할 때는 그 이동 평균을 씁니다.</translation>
        </message>
        <message>
            <source>Reshapes (height, width) into one vector of height·width values so a Dense layer can read it. No weights.</source>
            <translation>(높이, 너비)를 높이·너비 개 값의 벡터 하나로 바꾸어 Dense 층이 읽을 수 있게 합니다. 가중치가 없습니다.</translation>
        </message>
        <message>
            <source>Joins the outputs of the ticked layers side by side: their features one after another.</source>
            <translation>체크한 층들의 출력을 나란히 이어 붙입니다: 특성을 차례로 잇습니다.</translation>
        </message>
        <message>
            <source>f(z) = z: no non-linearity (regression outputs)</source>
            <translation>f(z) = z: 비선형성 없음 (회귀의 출력층)</translation>
        </message>
        <message>
            <source>1 if z ≥ 0, else 0: the perceptron's step function (no gradient)</source>
            <translation>z ≥ 0이면 1, 아니면 0: 퍼셉트론의 계단 함수 (기울기 없음)</translation>
        </message>
        <message>
            <source>+1 if z ≥ 0, else −1 (no gradient)</source>
            <translation>z ≥ 0이면 +1, 아니면 −1 (기울기 없음)</translation>
        </message>
        <message>
            <source>1 / (1 + e^−z), between 0 and 1 (binary classification outputs)</source>
            <translation>1 / (1 + e^−z), 0과 1 사이 (이진 분류의 출력층)</translation>
        </message>
        <message>
            <source>hyperbolic tangent, between −1 and 1, centred on 0</source>
            <translation>쌍곡 탄젠트, −1과 1 사이, 0이 중심</translation>
        </message>
        <message>
            <source>max(0, z): the usual choice for hidden layers</source>
            <translation>max(0, z): 은닉층에 흔히 쓰는 함수</translation>
        </message>
        <message>
            <source>z if z &gt; 0, else 0.2·z</source>
            <translation>z &gt; 0이면 z, 아니면 0.2·z</translation>
        </message>
        <message>
            <source>z if z &gt; 0, else e^z − 1</source>
            <translation>z &gt; 0이면 z, 아니면 e^z − 1</translation>
        </message>
        <message>
            <source>ln(1 + e^z): a smooth ReLU</source>
            <translation>ln(1 + e^z): 매끄러운 ReLU</translation>
        </message>
        <message>
            <source>turns the outputs into probabilities that add up to 1 (multi-class outputs)</source>
            <translation>출력을 합이 1인 확률로 바꿉니다 (다중 분류의 출력층)</translation>
        </message>
    </context>
    <context>
        <name>LayerPalette</name>
        <message>
            <source>Layer palette</source>
            <translation>층 팔레트</translation>
        </message>
        <message>
            <source>Drag a layer onto the stack, or press Enter to append it.</source>
            <translation>층을 층 목록으로 끌어다 놓거나, Enter를 눌러 맨 뒤에 추가하세요.</translation>
        </message>
        <message>
            <source>Drag a layer onto the stack, or double-click it (Enter) to append it.</source>
            <translation>층을 층 목록으로 끌어다 놓거나, 두 번 클릭(Enter)하여 맨 뒤에 추가하세요.</translation>
        </message>
        <message>
            <source>fully connected layer</source>
            <translation>완전 연결 층</translation>
        </message>
        <message>
            <source>input layer</source>
            <translation>입력층</translation>
        </message>
        <message>
            <source>randomly drops values</source>
            <translation>값을 무작위로 버림</translation>
        </message>
        <message>
            <source>activation function</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <source>batch normalization</source>
            <translation>배치 정규화</translation>
        </message>
        <message>
            <source>joins layers side by side</source>
            <translation>층을 나란히 이어 붙임</translation>
        </message>
        <message>
            <source>image to vector</source>
            <translation>이미지를 벡터로</translation>
        </message>
        <message>
            <source>Input: where the features of one sample enter the network.</source>
            <translation>Input(입력층): 샘플 하나의 특성이 신경망으로 들어오는 곳입니다.</translation>
        </message>
        <message>
            <source>Dense (fully connected): every neuron takes every input, multiplies it by a weight, adds a bias and applies an activation function: y = f(x·W + b).</source>
            <translation>Dense(완전 연결 층): 모든 뉴런이 모든 입력을 받아 가중치를 곱하고, 편향을 더한 뒤 활성화 함수를 적용합니다: y = f(x·W + b).</translation>
        </message>
        <message>
            <source>Dropout: during training, sets a random fraction of the values to zero so the network cannot rely on single neurons. Helps against overfitting; does nothing when predicting.</source>
            <translation>Dropout(드롭아웃): 학습 중 값의 일부를 무작위로 0으로 만들어 신경망이 특정 뉴런에만 의존하지 못하게 합니다. 과적합을 막는 데 도움이 되며, 예측할 때는 아무 일도 하지 않습니다.</translation>
        </message>
        <message>
            <source>Activation: applies a function such as ReLU, sigmoid or tanh to every value. It has no weights; it makes the network non-linear.</source>
            <translation>Activation(활성화 층): ReLU, 시그모이드, tanh 같은 함수를 모든 값에 적용합니다. 가중치는 없고, 신경망을 비선형으로 만듭니다.</translation>
        </message>
        <message>
            <source>Batch normalization: rescales each feature to mean 0 and variance 1 over the batch, then learns a scale and shift. Often makes training faster and steadier.</source>
            <translation>BatchNormalization(배치 정규화): 배치마다 각 특성을 평균 0, 분산 1로 맞춘 뒤 배율과 이동값을 학습합니다. 학습이 더 빠르고 안정적이 되는 경우가 많습니다.</translation>
        </message>
        <message>
            <source>Concatenate: joins the outputs of two or more earlier layers side by side. Wide &amp; Deep networks join the Input with the last hidden layer.</source>
            <translation>Concatenate(이어 붙이기): 앞쪽 층 두 개 이상의 출력을 나란히 이어 붙입니다. 와이드 &amp; 딥 신경망은 입력층과 마지막 은닉층을 이어 붙입니다.</translation>
        </message>
        <message>
            <source>Flatten: turns an image (height × width) into one long vector so a Dense layer can read it. It has no weights.</source>
            <translation>Flatten(펼치기): 이미지(높이 × 너비)를 긴 벡터 하나로 바꾸어 Dense 층이 읽을 수 있게 합니다. 가중치가 없습니다.</translation>
        </message>
        <message>
            <source>scales values (÷ 255)</source>
            <translation>값의 배율 조정 (÷ 255)</translation>
        </message>
        <message>
            <source>Rescaling: multiplies every value by a scale and adds an offset: y = x·scale + offset. With scale 1/255 the model takes raw pixels (0 – 255) and sees values from 0 to 1. It has no weights.</source>
            <translation>Rescaling: 모든 값에 배율(scale)을 곱하고 오프셋(offset)을 더합니다: y = x·scale + offset. 배율이 1/255이면 모델이 원래의 픽셀 값(0 – 255)을 받아 0에서 1 사이의 값으로 봅니다. 가중치가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <source>epoch</source>
            <translation>에포크</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <source>Which learning curve to show</source>
            <extracomment>seconds between redraws of the curves while a run streams in legend offsets from the plot's top right and bottom right corners (pyqtgraph: negative y = from the bottom) the steadied ranges (``_RangeAnchor``) reach this fraction beyond the data's nice bounds the per-batch curve shows at most about this many points (means of consecutive batches beyond that)</extracomment>
            <translation>표시할 학습 곡선</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <source>Per batch</source>
            <translation>배치별</translation>
        </message>
        <message>
            <source>Also draw the loss of every batch (thin, light curve); the thick curve is the epoch's average.</source>
            <translation>배치마다의 손실도 그립니다 (가늘고 연한 곡선). 굵은 곡선은 에포크 평균입니다.</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>로그 눈금</translation>
        </message>
        <message>
            <source>Logarithmic y axis: small losses late in training stay visible</source>
            <translation>로그 눈금 y축: 학습 후반의 작은 손실도 잘 보입니다</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Image (PNG)…</source>
            <translation>이미지 (PNG)…</translation>
        </message>
        <message>
            <source>Vector image (SVG)…</source>
            <translation>벡터 이미지 (SVG)…</translation>
        </message>
        <message>
            <source>History as CSV…</source>
            <translation>기록을 CSV로…</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <source>training</source>
            <translation>훈련</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>검증</translation>
        </message>
        <message>
            <source>mean absolute error (MAE)</source>
            <translation>평균 절대 오차 (MAE)</translation>
        </message>
        <message>
            <source>mean squared error (MSE)</source>
            <translation>평균 제곱 오차 (MSE)</translation>
        </message>
        <message>
            <source>best epoch {0}</source>
            <translation>가장 좋은 에포크 {0}</translation>
        </message>
        <message>
            <source>weights restored</source>
            <translation>가중치 복원됨</translation>
        </message>
        <message>
            <source>EarlyStopping's best epoch: {0} was best here</source>
            <translation>EarlyStopping의 가장 좋은 에포크: 여기서 {0}이(가) 가장 좋았습니다</translation>
        </message>
        <message>
            <source>epoch {0}</source>
            <translation>에포크 {0}</translation>
        </message>
        <message>
            <source>best epoch (EarlyStopping)</source>
            <translation>가장 좋은 에포크 (EarlyStopping)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG 이미지 (*.svg)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV 표 (*.csv)</translation>
        </message>
        <message>
            <source>Export learning curves</source>
            <translation>학습 곡선 내보내기</translation>
        </message>
        <message>
            <source>Could not write {0}: {1}</source>
            <translation>{0}에 쓸 수 없습니다: {1}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;opened project&gt;</source>
            <translation>&lt;프로젝트를 연 상태&gt;</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>층</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>모델</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>속성</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>실행 취소 기록</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <source>Network diagram</source>
            <translation>신경망 구조도</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>출력</translation>
        </message>
        <message>
            <source>Training controls</source>
            <translation>학습 도구 모음</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>제목 없음</translation>
        </message>
        <message>
            <source>The network has trained weights</source>
            <translation>신경망에 학습된 가중치가 있습니다</translation>
        </message>
        <message>
            <source>You changed the model after training. Reset the weights now?</source>
            <translation>학습한 뒤에 모델을 바꾸었습니다. 지금 가중치를 초기화할까요?</translation>
        </message>
        <message>
            <source>Reset: the trained weights and curves are cleared; Play starts from new weights.
Keep: the trained weights stay (to inspect or export) until the next Play.
Cancel: undo the edit.</source>
            <translation>초기화: 학습된 가중치와 곡선을 지웁니다. 다음 학습은 새 가중치로 시작합니다.
유지: 다음 학습 전까지 학습된 가중치를 남겨 둡니다 (살펴보거나 내보낼 수 있습니다).
취소: 방금 한 편집을 되돌립니다.</translation>
        </message>
        <message>
            <source>Reset weights</source>
            <translation>가중치 초기화</translation>
        </message>
        <message>
            <source>Keep weights</source>
            <translation>가중치 유지</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>새 언어는 다음 실행부터 적용됩니다.</translation>
        </message>
        <message>
            <source>Training is running</source>
            <translation>학습이 진행 중입니다</translation>
        </message>
        <message>
            <source>Stop the training and close annstudio?</source>
            <translation>학습을 멈추고 annstudio를 닫을까요?</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>새로 만들기(&amp;N)</translation>
        </message>
        <message>
            <source>Start a new project</source>
            <translation>새 프로젝트를 시작합니다</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>열기(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a project file (.annproj)</source>
            <translation>프로젝트 파일(.annproj)을 엽니다</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>최근 파일 열기(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>예제(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>프로젝트를 저장합니다</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>다른 이름으로 저장(&amp;A)…</translation>
        </message>
        <message>
            <source>Save the project under a new name</source>
            <translation>프로젝트를 새 이름으로 저장합니다</translation>
        </message>
        <message>
            <source>&amp;Import Keras .h5…</source>
            <translation>Keras .h5 가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>Replace the model with one from a Keras .h5 file</source>
            <translation>모델을 Keras .h5 파일의 모델로 바꿉니다</translation>
        </message>
        <message>
            <source>&amp;Export .h5…</source>
            <translation>.h5 내보내기(&amp;X)…</translation>
        </message>
        <message>
            <source>Save the model and its weights as a Keras-compatible .h5 file</source>
            <translation>모델과 가중치를 Keras 호환 .h5 파일로 저장합니다</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>잘라내기(&amp;T)</translation>
        </message>
        <message>
            <source>Cut the selected layers</source>
            <translation>선택한 층을 잘라냅니다</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <source>Copy the selected layers</source>
            <translation>선택한 층을 복사합니다</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>붙여넣기(&amp;P)</translation>
        </message>
        <message>
            <source>Paste layers after the selection</source>
            <translation>선택한 층 뒤에 층을 붙여 넣습니다</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>복제(&amp;D)</translation>
        </message>
        <message>
            <source>Duplicate the selected layers</source>
            <translation>선택한 층을 복제합니다</translation>
        </message>
        <message>
            <source>&amp;Delete layer</source>
            <translation>층 삭제(&amp;L)</translation>
        </message>
        <message>
            <source>Delete the selected layers</source>
            <translation>선택한 층을 삭제합니다</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>환경 설정(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>Reset &amp;layout</source>
            <translation>레이아웃 초기화(&amp;L)</translation>
        </message>
        <message>
            <source>Put every panel back in its place</source>
            <translation>모든 패널을 원래 자리로 되돌립니다</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>단축키(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About annstudio</source>
            <translation>annstudio 정보(&amp;A)</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>목록 지우기</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>⋯ {0} more</source>
            <extracomment>weight signs (UI.md): the Playground's blue for positive, orange for negative side of a neuron's thumbnail (view units; nodes are ROW_GAP apart) how close (pixels) the pointer must be to a line to pick it colour groups of the lines width group of the lines that skip columns (1.5 px): a few lines running beside many must stand out output ranges of bounded activations (thumbnail colour levels); others use ± the largest |value| one pen per (colour group, width group)</extracomment>
            <translation>⋯ {0}개 더</translation>
        </message>
        <message>
            <source>{0} inputs</source>
            <translation>입력 {0}개</translation>
        </message>
        <message>
            <source>1 input</source>
            <translation>입력 1개</translation>
        </message>
        <message>
            <source>{0} values</source>
            <translation>값 {0}개</translation>
        </message>
        <message>
            <source>{0} units</source>
            <translation>유닛 {0}개</translation>
        </message>
        <message>
            <source>1 unit</source>
            <translation>유닛 1개</translation>
        </message>
        <message>
            <source>{0} joins {1}[{2}] as its value {3}</source>
            <translation>{0}은(는) {1}[{2}]을(를) 값 {3}(으)로 이어 붙입니다</translation>
        </message>
        <message>
            <source>{0}: {1} of {2} units shown (the most strongly connected)</source>
            <translation>{0}: 유닛 {2}개 중 {1}개 표시 (가장 강하게 연결된 유닛)</translation>
        </message>
        <message>
            <source>{0} · pixel ({1}, {2})</source>
            <translation>{0} · 픽셀 ({1}, {2})</translation>
        </message>
        <message>
            <source>{0} · input {1}</source>
            <translation>{0} · 입력 {1}</translation>
        </message>
        <message>
            <source>{0} · unit {1}</source>
            <translation>{0} · 유닛 {1}</translation>
        </message>
        <message>
            <source>(click to change)</source>
            <translation>(클릭하여 변경)</translation>
        </message>
        <message>
            <source>Pause training to change a weight.</source>
            <translation>가중치를 바꾸려면 학습을 일시 정지하세요.</translation>
        </message>
        <message>
            <source>Change a weight</source>
            <translation>가중치 변경</translation>
        </message>
        <message>
            <source>New value of {0}:</source>
            <translation>{0}의 새 값:</translation>
        </message>
        <message>
            <source>The weight was not changed: the model is training or was replaced.</source>
            <translation>가중치를 바꾸지 못했습니다: 모델이 학습 중이거나 다른 모델로 바뀌었습니다.</translation>
        </message>
        <message>
            <source>positive weight</source>
            <translation>양의 가중치</translation>
        </message>
        <message>
            <source>negative weight</source>
            <translation>음의 가중치</translation>
        </message>
        <message>
            <source>width: size of |w|</source>
            <translation>굵기: |w|의 크기</translation>
        </message>
        <message>
            <source>Train the model to see its weights.</source>
            <translation>모델을 학습시키면 가중치가 나타납니다.</translation>
        </message>
        <message>
            <source>Click a line or a neuron to type a new weight or bias.</source>
            <translation>선이나 뉴런을 클릭하면 새 가중치나 편향을 입력할 수 있습니다.</translation>
        </message>
        <message>
            <source>Showing the trained model; the edited model is drawn when training starts.</source>
            <translation>학습한 모델을 보여 주고 있습니다. 편집한 모델은 학습을 시작하면 그려집니다.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>환경 설정</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>시스템 기본값</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>언어:</translation>
        </message>
        <message>
            <source>A new language is used from the next start of annstudio.</source>
            <translation>새 언어는 annstudio를 다음에 실행할 때부터 적용됩니다.</translation>
        </message>
    </context>
    <context>
        <name>QuickControls</name>
        <message>
            <source>Epoch</source>
            <translation>에포크</translation>
        </message>
        <message>
            <source>Learning rate: how big a step gradient descent takes</source>
            <translation>학습률: 경사하강법이 한 번에 움직이는 보폭</translation>
        </message>
        <message>
            <source>Optimizer: the rule that updates the weights from the gradients</source>
            <translation>옵티마이저: 기울기로 가중치를 갱신하는 규칙</translation>
        </message>
        <message>
            <source>Batch size: samples per gradient step</source>
            <translation>배치 크기: 한 번의 경사하강 단계에 쓰는 샘플 수</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>배치</translation>
        </message>
        <message>
            <source>Learning rate {0}</source>
            <translation>학습률 {0}</translation>
        </message>
        <message>
            <source>Optimizer {0}</source>
            <translation>옵티마이저 {0}</translation>
        </message>
        <message>
            <source>Batch size {0}</source>
            <translation>배치 크기 {0}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Show rows as percentages (the diagonal is the recall)</source>
            <extracomment>seconds between redraws of the first-layer weight images while a run trains</extracomment>
            <translation>행을 백분율로 표시 (대각선이 재현율)</translation>
        </message>
        <message>
            <source>rows: true class · columns: predicted class</source>
            <translation>행: 실제 클래스 · 열: 예측 클래스</translation>
        </message>
        <message>
            <source>A confusion matrix counts right and wrong class predictions, so it applies to classification only. For regression each point is one test sample: the true value across, the prediction up; a perfect model puts every point on the grey diagonal.</source>
            <translation>혼동 행렬은 맞은 클래스 예측과 틀린 클래스 예측을 세므로 분류에만 쓸 수 있습니다. 회귀에서는 점 하나가 테스트 샘플 하나입니다: 가로축은 실제 값, 세로축은 예측값이며, 완벽한 모델이라면 모든 점이 회색 대각선 위에 놓입니다.</translation>
        </message>
        <message>
            <source>true value</source>
            <translation>실제 값</translation>
        </message>
        <message>
            <source>predicted value</source>
            <translation>예측값</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>혼동 행렬</translation>
        </message>
        <message>
            <source>Only misclassified</source>
            <translation>잘못 분류된 것만</translation>
        </message>
        <message>
            <source>True class:</source>
            <translation>실제 클래스:</translation>
        </message>
        <message>
            <source>Under each image: its true class, then the predicted class and its probability; ✗ and a frame mark a wrong prediction.</source>
            <translation>각 이미지 아래: 실제 클래스, 그다음 예측 클래스와 그 확률. ✗와 테두리는 틀린 예측을 나타냅니다.</translation>
        </message>
        <message>
            <source>Test images</source>
            <translation>테스트 이미지</translation>
        </message>
        <message>
            <source>First-layer weights</source>
            <translation>첫 층의 가중치</translation>
        </message>
        <message>
            <source>Train the model to see how it does on the test set.</source>
            <translation>모델을 학습시키면 테스트 세트에서의 성능이 나타납니다.</translation>
        </message>
        <message>
            <source>The first layer's weights are drawn as images for image data (digits, MNIST, Fashion-MNIST).</source>
            <translation>이미지 데이터(손글씨 숫자, MNIST, Fashion-MNIST)에서는 첫 층의 가중치를 이미지로 그립니다.</translation>
        </message>
        <message>
            <source>Predicted vs true</source>
            <translation>예측값 대 실제 값</translation>
        </message>
        <message>
            <source>Test set: {0} samples · mean absolute error {1:.4g} · R² {2:.3f}</source>
            <translation>테스트 세트: 샘플 {0}개 · 평균 절대 오차 {1:.4g} · R² {2:.3f}</translation>
        </message>
        <message>
            <source>all</source>
            <translation>전부</translation>
        </message>
        <message>
            <source>Test set: {0} samples · accuracy {1:.1%} · {2} misclassified</source>
            <translation>테스트 세트: 샘플 {0}개 · 정확도 {1:.1%} · 잘못 분류 {2}개</translation>
        </message>
        <message>
            <source>The gallery shows test images; this data set has no images.</source>
            <translation>이 탭은 테스트 이미지를 보여 줍니다. 이 데이터셋에는 이미지가 없습니다.</translation>
        </message>
        <message>
            <source>No Dense layer takes the {0}×{1} pixels directly.</source>
            <translation>{0}×{1} 픽셀을 직접 받는 Dense 층이 없습니다.</translation>
        </message>
        <message>
            <source>all {0} units</source>
            <translation>유닛 {0}개 전부</translation>
        </message>
        <message>
            <source>the first {0} of {1} units</source>
            <translation>유닛 {1}개 중 처음 {0}개</translation>
        </message>
        <message>
            <source>{0}: {1}, each unit's weights as a {2}×{3} image — blue: positive, orange: negative, white: 0 (each image scaled to its own largest |w|).</source>
            <translation>{0}: {1}, 각 유닛의 가중치를 {2}×{3} 이미지로 표시 — 파랑: 양수, 주황: 음수, 흰색: 0 (이미지마다 자신의 가장 큰 |w|에 맞춰 조정).</translation>
        </message>
        <message>
            <source>{0} of {1} test images</source>
            <translation>테스트 이미지 {1}장 중 {0}장</translation>
        </message>
        <message>
            <source>{0} · unit {1} · pixel ({2}, {3}) · w = {4:.3g}</source>
            <translation>{0} · 유닛 {1} · 픽셀 ({2}, {3}) · w = {4:.3g}</translation>
        </message>
    </context>
    <context>
        <name>ScoresModel</name>
        <message>
            <source>Precision</source>
            <translation>정밀도</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>재현율</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1 점수</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>샘플 수</translation>
        </message>
        <message>
            <source>macro average</source>
            <translation>매크로 평균</translation>
        </message>
        <message>
            <source>weighted average</source>
            <translation>가중 평균</translation>
        </message>
        <message>
            <source>Of the samples predicted as this class, the share that really is it</source>
            <translation>이 클래스로 예측한 샘플 중 실제로 이 클래스인 비율</translation>
        </message>
        <message>
            <source>Of the samples of this class, the share predicted as it</source>
            <translation>이 클래스인 샘플 중 이 클래스로 예측한 비율</translation>
        </message>
        <message>
            <source>Harmonic mean of precision and recall</source>
            <translation>정밀도와 재현율의 조화 평균</translation>
        </message>
        <message>
            <source>Test samples of this class</source>
            <translation>이 클래스의 테스트 샘플 수</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>메뉴</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>명령</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>단축키</translation>
        </message>
    </context>
    <context>
        <name>StackEditor</name>
        <message>
            <source>Layer stack</source>
            <translation>층 목록</translation>
        </message>
        <message>
            <source>Layers from input to output. Delete removes the selected layers; Ctrl+Up and Ctrl+Down move them.</source>
            <translation>입력에서 출력까지의 층. Delete는 선택한 층을 삭제하고, Ctrl+위/아래는 층을 옮깁니다.</translation>
        </message>
        <message>
            <source>Total params: {0} · Trainable: {1} · Non-trainable: {2}</source>
            <translation>전체 파라미터: {0} · 학습 가능: {1} · 학습 불가: {2}</translation>
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
            <translation>{0} 잘라내기</translation>
        </message>
        <message>
            <source>Paste {0}</source>
            <translation>{0} 붙여넣기</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>잘라내기</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>붙여넣기</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>복제</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Move Up</source>
            <translation>위로 이동</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>아래로 이동</translation>
        </message>
    </context>
    <context>
        <name>StackModel</name>
        <message>
            <source>Output shape: {0}</source>
            <translation>출력 모양: {0}</translation>
        </message>
        <message>
            <source>Parameters: {0}</source>
            <translation>파라미터: {0}</translation>
        </message>
        <message>
            <source>Inputs: {0}</source>
            <translation>입력: {0}</translation>
        </message>
        <message>
            <source>Problem: {0}</source>
            <translation>문제: {0}</translation>
        </message>
        <message>
            <source>{0} layer {1}, {2}, output {3}, {4} parameters</source>
            <translation>{0} 층 {1}, {2}, 출력 {3}, 파라미터 {4}개</translation>
        </message>
        <message>
            <source>Copy {0}</source>
            <translation>{0} 복사</translation>
        </message>
        <message>
            <source>Move {0}</source>
            <translation>{0} 이동</translation>
        </message>
        <message>
            <source>Move {0} up</source>
            <translation>{0} 위로 이동</translation>
        </message>
        <message>
            <source>Move {0} down</source>
            <translation>{0} 아래로 이동</translation>
        </message>
    </context>
    <context>
        <name>StackView</name>
        <message>
            <source>Drag layers here from the palette,
or select one there and press Enter.</source>
            <translation>팔레트에서 층을 여기로 끌어 오거나,
팔레트에서 층을 골라 Enter를 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>StatusReadout</name>
        <message>
            <source>Epoch {0}</source>
            <translation>에포크 {0}</translation>
        </message>
        <message>
            <source>loss {0}</source>
            <translation>손실 {0}</translation>
        </message>
        <message>
            <source>val {0}</source>
            <translation>검증 {0}</translation>
        </message>
        <message>
            <source>{0} samples/s</source>
            <translation>초당 샘플 {0}개</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>%v / %m epochs</source>
            <extracomment>the settings shown for each optimizer, with (minimum, maximum, step, decimals) for the numbers per state: which of play, pause, step, stop, reset can be pressed</extracomment>
            <translation>%v / %m 에포크</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>학습</translation>
        </message>
        <message>
            <source>Train, resume, or continue training the current model</source>
            <translation>현재 모델을 학습하거나, 다시 이어서 학습합니다</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <source>Pause after the current batch</source>
            <translation>현재 배치가 끝나면 일시 정지합니다</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>한 단계</translation>
        </message>
        <message>
            <source>Train exactly one batch, then pause</source>
            <translation>배치 하나만 학습하고 일시 정지합니다</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>정지</translation>
        </message>
        <message>
            <source>Stop after the current batch (the model is kept)</source>
            <translation>현재 배치가 끝나면 멈춥니다 (모델은 유지됩니다)</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>초기화</translation>
        </message>
        <message>
            <source>Stop and forget the model: the next run starts from new initial weights</source>
            <translation>멈추고 모델을 버립니다: 다음 학습은 새 초기 가중치로 시작합니다</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>에포크</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <source>val loss</source>
            <translation>검증 손실</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <source>Cannot start training: {0}</source>
            <translation>학습을 시작할 수 없습니다: {0}</translation>
        </message>
        <message>
            <source>Loss and optimizer</source>
            <translation>손실 함수와 옵티마이저</translation>
        </message>
        <message>
            <source>What training minimises: how far the predictions are from the targets</source>
            <translation>학습이 최소화하는 값: 예측이 목표값에서 얼마나 먼지</translation>
        </message>
        <message>
            <source>Loss function</source>
            <translation>손실 함수</translation>
        </message>
        <message>
            <source>How the weights are updated from the gradients; the learning rate is kept</source>
            <translation>기울기로 가중치를 갱신하는 방법. 학습률은 그대로 유지됩니다</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <source>How big a step each update takes along the gradient</source>
            <translation>한 번의 갱신이 기울기를 따라 움직이는 보폭</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>Batches and epochs</source>
            <translation>배치와 에포크</translation>
        </message>
        <message>
            <source>Change batch size</source>
            <translation>배치 크기 변경</translation>
        </message>
        <message>
            <source>Samples per weight update (mini-batch)</source>
            <translation>가중치를 한 번 갱신할 때 쓰는 샘플 수 (미니배치)</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <source>Change epochs</source>
            <translation>에포크 수 변경</translation>
        </message>
        <message>
            <source>Passes over the training set; Train after a finished run trains this many more</source>
            <translation>훈련 세트를 반복하는 횟수. 학습이 끝난 뒤 다시 학습하면 이만큼 더 학습합니다</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>에포크 수</translation>
        </message>
        <message>
            <source>Share of the training samples (the last ones) held out to measure val loss; ignored when the dataset has its own validation set</source>
            <translation>검증 손실을 재려고 떼어 두는 훈련 샘플(맨 뒤쪽)의 비율. 데이터셋에 검증 세트가 따로 있으면 무시됩니다</translation>
        </message>
        <message>
            <source>Validation split</source>
            <translation>검증 세트 비율</translation>
        </message>
        <message>
            <source>Change seed</source>
            <translation>시드 변경</translation>
        </message>
        <message>
            <source>The same seed gives the same initial weights and batch order</source>
            <translation>같은 시드는 같은 초기 가중치와 배치 순서를 만듭니다</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>시드</translation>
        </message>
        <message>
            <source>Early stopping</source>
            <translation>조기 종료</translation>
        </message>
        <message>
            <source>Stop when the monitored value has not improved for a number of epochs</source>
            <translation>지켜보는 값이 몇 에포크 동안 나아지지 않으면 학습을 멈춥니다</translation>
        </message>
        <message>
            <source>val accuracy</source>
            <translation>검증 정확도</translation>
        </message>
        <message>
            <source>Watch</source>
            <translation>지켜볼 값</translation>
        </message>
        <message>
            <source> epochs</source>
            <translation> 에포크</translation>
        </message>
        <message>
            <source>Patience</source>
            <translation>참을성 (patience)</translation>
        </message>
        <message>
            <source>Restore the best weights at the end</source>
            <translation>끝날 때 가장 좋은 가중치로 복원</translation>
        </message>
        <message>
            <source>Early stopping on/off</source>
            <translation>조기 종료 켜기/끄기</translation>
        </message>
        <message>
            <source>Change early stopping: watch</source>
            <translation>조기 종료 변경: 지켜볼 값</translation>
        </message>
        <message>
            <source>Change early stopping: patience</source>
            <translation>조기 종료 변경: 참을성</translation>
        </message>
        <message>
            <source>Change early stopping: restore best weights</source>
            <translation>조기 종료 변경: 가장 좋은 가중치 복원</translation>
        </message>
        <message>
            <source>Save checkpoints (ModelCheckpoint)</source>
            <translation>체크포인트 저장 (ModelCheckpoint)</translation>
        </message>
        <message>
            <source>Write the model to this .h5 file after every epoch; relative paths start at the project's folder</source>
            <translation>에포크마다 모델을 이 .h5 파일에 저장합니다. 상대 경로는 프로젝트 폴더에서 시작합니다</translation>
        </message>
        <message>
            <source>Checkpoints on/off</source>
            <translation>체크포인트 켜기/끄기</translation>
        </message>
        <message>
            <source>Change checkpoint file</source>
            <translation>체크포인트 파일 변경</translation>
        </message>
        <message>
            <source>TensorBoard logs</source>
            <translation>TensorBoard 로그</translation>
        </message>
        <message>
            <source>Write TensorBoard logs to this folder (%Y, %m, %d, %H, %M, %S are replaced by the start time)</source>
            <translation>이 폴더에 TensorBoard 로그를 씁니다 (%Y, %m, %d, %H, %M, %S는 시작 시각으로 바뀝니다)</translation>
        </message>
        <message>
            <source>TensorBoard logs on/off</source>
            <translation>TensorBoard 로그 켜기/끄기</translation>
        </message>
        <message>
            <source>Change TensorBoard folder</source>
            <translation>TensorBoard 폴더 변경</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <source>Save checkpoints to</source>
            <translation>체크포인트 저장 위치</translation>
        </message>
        <message>
            <source>Keras HDF5 model (*.h5)</source>
            <translation>Keras HDF5 모델 (*.h5)</translation>
        </message>
        <message>
            <source>TensorBoard log folder</source>
            <translation>TensorBoard 로그 폴더</translation>
        </message>
        <message>
            <source>Mean squared error (MSE)</source>
            <translation>평균 제곱 오차 (MSE)</translation>
        </message>
        <message>
            <source>Mean absolute error (MAE)</source>
            <translation>평균 절대 오차 (MAE)</translation>
        </message>
        <message>
            <source>Huber</source>
            <translation>Huber 손실</translation>
        </message>
        <message>
            <source>Binary cross-entropy</source>
            <translation>이진 교차 엔트로피</translation>
        </message>
        <message>
            <source>Categorical cross-entropy (one-hot targets)</source>
            <translation>범주형 교차 엔트로피 (원-핫 목표값)</translation>
        </message>
        <message>
            <source>Sparse categorical cross-entropy (class numbers)</source>
            <translation>희소 범주형 교차 엔트로피 (클래스 번호)</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <source>Nesterov momentum</source>
            <translation>네스테로프 모멘텀</translation>
        </message>
        <message>
            <source>β₁ (gradient decay)</source>
            <translation>β₁ (기울기 감쇠)</translation>
        </message>
        <message>
            <source>β₂ (squared-gradient decay)</source>
            <translation>β₂ (기울기 제곱 감쇠)</translation>
        </message>
        <message>
            <source>ρ (squared-gradient decay)</source>
            <translation>ρ (기울기 제곱 감쇠)</translation>
        </message>
        <message>
            <source>AMSGrad</source>
            <translation>AMSGrad</translation>
        </message>
        <message>
            <source>Centered</source>
            <translation>중심화 (centered)</translation>
        </message>
        <message>
            <source>Initial accumulator</source>
            <translation>누적값 초기값</translation>
        </message>
        <message>
            <source>Change loss</source>
            <translation>손실 함수 변경</translation>
        </message>
        <message>
            <source>Change optimizer</source>
            <translation>옵티마이저 변경</translation>
        </message>
        <message>
            <source>Change learning rate</source>
            <translation>학습률 변경</translation>
        </message>
        <message>
            <source>Change {0}</source>
            <translation>{0} 변경</translation>
        </message>
        <message>
            <source>Change validation split</source>
            <translation>검증 세트 비율 변경</translation>
        </message>
    </context>
    <context>
        <name>TrainingRunner</name>
        <message>
            <source>The model, data or backend changed: training starts from new weights.</source>
            <translation>모델, 데이터 또는 백엔드가 바뀌었습니다: 새 가중치로 학습을 시작합니다.</translation>
        </message>
        <message>
            <source>Paused before epoch {0}, batch {1}: Train resumes, Step trains one batch.</source>
            <translation>에포크 {0}, 배치 {1} 앞에서 일시 정지했습니다: 학습은 이어서 진행하고, 한 단계는 배치 하나만 학습합니다.</translation>
        </message>
        <message>
            <source>Stopped early after {0} epochs (EarlyStopping): loss {1:.4g}</source>
            <translation>에포크 {0}번 뒤 조기 종료했습니다 (EarlyStopping): 손실 {1:.4g}</translation>
        </message>
        <message>
            <source>Training finished: {0} epochs, loss {1:.4g}</source>
            <translation>학습 완료: 에포크 {0}번, 손실 {1:.4g}</translation>
        </message>
        <message>
            <source>Training diverged: {0}</source>
            <translation>학습이 발산했습니다: {0}</translation>
        </message>
        <message>
            <source>Stopped after {0} epochs.</source>
            <translation>에포크 {0}번 뒤 멈췄습니다.</translation>
        </message>
        <message>
            <source>Cannot start training: {0}</source>
            <translation>학습을 시작할 수 없습니다: {0}</translation>
        </message>
        <message>
            <source>Training failed: {0}</source>
            <translation>학습에 실패했습니다: {0}</translation>
        </message>
    </context>
    <context>
        <name>TrainingWorker</name>
        <message>
            <source>A live view stopped updating: {0}</source>
            <extracomment>terminal events after which the probes look at the model once more (an error may have left no model) errors that mean "the project cannot be trained as it is"; their message is shown as it is the built run (model, trainer, dataset); set in the worker thread before the first payload</extracomment>
            <translation>실시간 화면 하나가 갱신을 멈췄습니다: {0}</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add {0}</source>
            <translation>{0} 추가</translation>
        </message>
        <message>
            <source>Move {0}</source>
            <translation>{0} 이동</translation>
        </message>
        <message>
            <source>Delete {0}</source>
            <translation>{0} 삭제</translation>
        </message>
        <message>
            <source>Duplicate {0}</source>
            <translation>{0} 복제</translation>
        </message>
        <message>
            <source>Change {0}: {1}</source>
            <translation>{0} 변경: {1}</translation>
        </message>
    </context>
    <context>
        <name>WeightCommands</name>
        <message>
            <source>Set {0} = {1}</source>
            <translation>{0} = {1} 설정</translation>
        </message>
    </context>
</TS>
