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
            <source>Vanishing gradients: backpropagation multiplies the gradient by f′(z) at every layer. &lt;b&gt;Saturated&lt;/b&gt; (sigmoid, tanh): f′(z) &amp;lt; {0}, that is |z| &amp;gt; {1} for sigmoid and |z| &amp;gt; {2} for tanh; less than 1% of the gradient gets through, and through several saturated layers almost nothing. &lt;b&gt;Dead&lt;/b&gt; (ReLU): the unit outputs 0 for every sample shown, so its weights get no gradient at all. This is why ReLU replaced sigmoid in deep networks. A sigmoid &lt;b&gt;output&lt;/b&gt; trained with binary cross-entropy is the exception: the loss's gradient with respect to its z is p − y, whatever z is, so its saturation means confident predictions, not a lost gradient.</source>
            <translation>기울기 소실: 역전파는 층마다 기울기에 f′(z)를 곱합니다. &lt;b&gt;포화&lt;/b&gt;(시그모이드, tanh): f′(z) &amp;lt; {0}, 즉 시그모이드는 |z| &amp;gt; {1}, tanh는 |z| &amp;gt; {2}이면 기울기가 1%도 전달되지 않고, 포화된 층을 여러 개 거치면 거의 아무것도 남지 않습니다. &lt;b&gt;죽은 유닛&lt;/b&gt;(ReLU): 보여 준 모든 샘플에서 유닛이 0을 출력하므로 그 가중치는 기울기를 전혀 받지 못합니다. 심층 신경망에서 ReLU가 시그모이드를 대신하게 된 이유가 바로 이것입니다. 예외는 이진 교차 엔트로피로 학습하는 시그모이드 &lt;b&gt;출력층&lt;/b&gt;입니다. 이 층의 z에 대한 손실의 기울기는 z가 얼마든 p − y이므로, 여기서의 포화는 기울기를 잃은 것이 아니라 예측이 확신에 찼다는 뜻입니다.</translation>
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
            <source>saturated {0} (harmless at the output)</source>
            <translation>포화 {0} (출력층에서는 무해)</translation>
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
        <name>Autosaver</name>
        <message>
            <source>Autosave failed: {0}</source>
            <translation>자동 저장 실패: {0}</translation>
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
            <source>This build has no TensorFlow (the full desktop bundle has it)</source>
            <translation>이 빌드에는 TensorFlow가 없습니다 (전체 데스크톱 번들에 들어 있습니다)</translation>
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
        <name>BackpropLab</name>
        <message>
            <source>Your own expression</source>
            <translation>직접 입력한 식</translation>
        </message>
        <message>
            <source>A single neuron with its loss</source>
            <translation>뉴런 하나와 손실</translation>
        </message>
        <message>
            <source>Forward step</source>
            <translation>순전파 한 단계</translation>
        </message>
        <message>
            <source>Compute the next node's value (Ctrl+Right)</source>
            <translation>다음 노드의 값을 계산합니다 (Ctrl+→)</translation>
        </message>
        <message>
            <source>Backward step</source>
            <translation>역전파 한 단계</translation>
        </message>
        <message>
            <source>Send the gradient back through the next node (Ctrl+Left)</source>
            <translation>다음 노드를 거쳐 기울기를 거꾸로 보냅니다 (Ctrl+←)</translation>
        </message>
        <message>
            <source>Run all</source>
            <translation>모두 실행</translation>
        </message>
        <message>
            <source>Both passes at once</source>
            <translation>순전파와 역전파를 한 번에</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>처음으로</translation>
        </message>
        <message>
            <source>Hide the computed values and gradients again</source>
            <translation>계산한 값과 기울기를 다시 숨깁니다</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <source>Undo the last change of an input (Ctrl+Z)</source>
            <translation>마지막 입력값 변경을 취소합니다 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <source>Redo the change of an input (Ctrl+Shift+Z)</source>
            <translation>입력값 변경을 다시 실행합니다 (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>&amp;Graph:</source>
            <translation>그래프(&amp;G):</translation>
        </message>
        <message>
            <source>e.g. (x + y) × z, sigmoid(w·x + b), x^2 + log(y)</source>
            <translation>예: (x + y) × z, sigmoid(w·x + b), x^2 + log(y)</translation>
        </message>
        <message>
            <source>Numbers, names, + − × ÷ (or * /), powers (^ or **) with a number as exponent, exp, log, sigmoid, tanh, relu. Press Enter to draw.</source>
            <translation>숫자, 이름, + − × ÷ (또는 * /), 지수가 수인 거듭제곱(^ 또는 **), exp, log, sigmoid, tanh, relu를 쓸 수 있습니다. Enter를 누르면 그립니다.</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>그리기</translation>
        </message>
        <message>
            <source>Read the expression and draw its graph</source>
            <translation>식을 읽고 계산 그래프를 그립니다</translation>
        </message>
        <message>
            <source>&amp;Expression:</source>
            <translation>식(&amp;E):</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>입력</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <source>Backprop</source>
            <translation>역전파</translation>
        </message>
        <message>
            <source>Numerical</source>
            <translation>수치 미분</translation>
        </message>
        <message>
            <source>Each input's gradient from the backward pass beside its estimate by central differences, (f(x + h) − f(x − h)) / 2h with h = 1e-6.</source>
            <translation>역전파로 구한 각 입력의 기울기와 중앙 차분 (f(x + h) − f(x − h)) / 2h (h = 1e-6)로 구한 추정값을 나란히 보여 줍니다.</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>다음 문제</translation>
        </message>
        <message>
            <source>Ask about another input</source>
            <translation>다른 입력에 대해 묻습니다</translation>
        </message>
        <message>
            <source>Gradients: backprop and numerical estimate</source>
            <translation>기울기: 역전파와 수치 미분 추정값</translation>
        </message>
        <message>
            <source>Set {0} to {1}</source>
            <translation>{0}을(를) {1}(으)로 설정</translation>
        </message>
        <message>
            <source>Apply the update</source>
            <translation>갱신 적용</translation>
        </message>
        <message>
            <source>Finish the backward pass to see the update.</source>
            <translation>역전파를 끝까지 하면 갱신식이 보입니다.</translation>
        </message>
        <message>
            <source>{0}: the input of ReLU is exactly 0, where ReLU has no derivative (a corner). Backpropagation takes its slope there as 0, as Keras does; the numerical estimate averages the slopes on both sides (0 and 1), so the two columns can differ here.</source>
            <translation>{0}: ReLU의 입력이 정확히 0입니다. ReLU는 이 꺾인 점에서 도함수가 없습니다. 역전파는 Keras처럼 이곳의 기울기를 0으로 두고, 수치 미분은 양쪽 기울기(0과 1)의 평균을 내므로 두 열이 여기서 다를 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>CallbackGroups</name>
        <message>
            <source>Early stopping</source>
            <extracomment>folders the user picked with the "…" buttons of the groups that write files (see ``_chose``)</extracomment>
            <translation>조기 종료</translation>
        </message>
        <message>
            <source>Stop when the monitored value has not improved for a number of epochs</source>
            <translation>지켜보는 값이 몇 에포크 동안 나아지지 않으면 학습을 멈춥니다</translation>
        </message>
        <message>
            <source>Watch</source>
            <translation>지켜볼 값</translation>
        </message>
        <message>
            <source>Patience</source>
            <translation>참을성 (patience)</translation>
        </message>
        <message>
            <source> epochs</source>
            <translation> 에포크</translation>
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
            <source>When the watched value has not improved for a number of epochs, multiply the learning rate by a factor (the Learning rate field is where it starts)</source>
            <translation>지켜보는 값이 몇 에포크 동안 나아지지 않으면 학습률에 배율을 곱합니다 (시작값은 학습률 칸의 값입니다)</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>배율</translation>
        </message>
        <message>
            <source>factor: the learning rate is multiplied by this, between 0 and 1</source>
            <translation>factor: 학습률에 곱하는 값으로, 0과 1 사이입니다</translation>
        </message>
        <message>
            <source>patience: epochs without improvement before the rate is lowered</source>
            <translation>patience: 학습률을 낮추기 전까지 나아지지 않고 기다리는 에포크 수</translation>
        </message>
        <message>
            <source>Lowest learning rate</source>
            <translation>최소 학습률</translation>
        </message>
        <message>
            <source>min_lr: the learning rate is never lowered below this</source>
            <translation>min_lr: 학습률은 이 값 아래로 내려가지 않습니다</translation>
        </message>
        <message>
            <source>Lower the learning rate on a plateau on/off</source>
            <translation>정체 시 학습률 낮추기 켜기/끄기</translation>
        </message>
        <message>
            <source>Change learning rate on a plateau: watch</source>
            <translation>정체 시 학습률 낮추기 변경: 지켜볼 값</translation>
        </message>
        <message>
            <source>Change learning rate on a plateau: factor</source>
            <translation>정체 시 학습률 낮추기 변경: 배율</translation>
        </message>
        <message>
            <source>Change learning rate on a plateau: patience</source>
            <translation>정체 시 학습률 낮추기 변경: 참을성</translation>
        </message>
        <message>
            <source>Change learning rate on a plateau: lowest rate</source>
            <translation>정체 시 학습률 낮추기 변경: 최소 학습률</translation>
        </message>
        <message>
            <source>Write the loss and the metrics of every epoch as a row of this CSV file; relative paths start at the project's folder</source>
            <translation>에포크마다 손실과 지표를 이 CSV 파일에 한 행씩 씁니다. 상대 경로는 프로젝트 폴더에서 시작합니다</translation>
        </message>
        <message>
            <source>CSV log on/off</source>
            <translation>CSV 기록 켜기/끄기</translation>
        </message>
        <message>
            <source>Change CSV log file</source>
            <translation>CSV 기록 파일 변경</translation>
        </message>
        <message>
            <source>Lower the rate on a plateau (ReduceLROnPlateau)</source>
            <translation>정체되면 학습률 낮추기 (ReduceLROnPlateau)</translation>
        </message>
        <message>
            <source>CSV log of the epochs (CSVLogger)</source>
            <translation>에포크별 CSV 기록 (CSVLogger)</translation>
        </message>
        <message>
            <source>Append to the file</source>
            <translation>파일에 덧붙이기</translation>
        </message>
        <message>
            <source>append: keep the rows of earlier runs and add this run's after them</source>
            <translation>append: 이전 실행의 행을 남겨 두고 이번 실행의 행을 그 뒤에 덧붙입니다</translation>
        </message>
        <message>
            <source>Change CSV log: append</source>
            <translation>CSV 기록 변경: 덧붙이기</translation>
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
            <source>Only when the watched value improves</source>
            <translation>지켜볼 값이 나아질 때만</translation>
        </message>
        <message>
            <source>save_best_only: write the file only in epochs where the watched value is the best so far</source>
            <translation>save_best_only: 지켜볼 값이 지금까지 가장 좋은 에포크에서만 파일을 씁니다</translation>
        </message>
        <message>
            <source>monitor: the value that decides which epoch is the best</source>
            <translation>monitor: 어느 에포크가 가장 좋은지 정하는 값</translation>
        </message>
        <message>
            <source>Change checkpoints: only when it improves</source>
            <translation>체크포인트 변경: 나아질 때만</translation>
        </message>
        <message>
            <source>Change checkpoints: watch</source>
            <translation>체크포인트 변경: 지켜볼 값</translation>
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
            <source>Saved in: {0} — outside the project's folder: Play refuses it unless you choose it with the “…” button</source>
            <translation>저장 위치: {0} — 프로젝트 폴더 밖입니다. “…” 버튼으로 고르지 않으면 학습을 시작할 때 거절됩니다</translation>
        </message>
        <message>
            <source>Play refuses it: {0}</source>
            <translation>학습을 시작할 때 거절됩니다: {0}</translation>
        </message>
        <message>
            <source>Saved in: {0}</source>
            <translation>저장 위치: {0}</translation>
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
            <source>Log the epochs to</source>
            <translation>에포크 기록 파일</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 파일 (*.csv)</translation>
        </message>
        <message>
            <source>TensorBoard log folder</source>
            <translation>TensorBoard 로그 폴더</translation>
        </message>
    </context>
    <context>
        <name>ChainPage</name>
        <message>
            <source>Add a sample (row of X)</source>
            <extracomment>cells a question hides, (key, row, col): hovering them does not give the answer away what the page shows, in words; the lab places it above the page's scroll area (so it wraps)</extracomment>
            <translation>샘플 추가 (X의 행)</translation>
        </message>
        <message>
            <source>Remove the last row</source>
            <translation>마지막 행 삭제</translation>
        </message>
        <message>
            <source>The activation function f of this layer: Z = f(A)</source>
            <translation>이 층의 활성화 함수 f: Z = f(A)</translation>
        </message>
        <message>
            <source>f:</source>
            <translation>f:</translation>
        </message>
        <message>
            <source>add a row to X</source>
            <translation>X에 행 추가</translation>
        </message>
        <message>
            <source>remove a row of X</source>
            <translation>X의 행 삭제</translation>
        </message>
        <message>
            <source>Layer {0}: A{0} = {1}·W{0} + B{0}, Z{0} = {2}(A{0})</source>
            <translation>{0}층: A{0} = {1}·W{0} + B{0}, Z{0} = {2}(A{0})</translation>
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
            <translation>데이터셋 선택</translation>
        </message>
        <message>
            <source>Data seed</source>
            <translation>데이터 시드</translation>
        </message>
        <message>
            <source>Dataset settings (noise, samples, split…)</source>
            <translation>데이터셋 설정 (잡음, 샘플 수, 분할…)</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>백엔드</translation>
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
            <source>Batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>에포크 수</translation>
        </message>
        <message>
            <source>Loss function</source>
            <translation>손실 함수</translation>
        </message>
        <message>
            <source>Training seed</source>
            <translation>학습 시드</translation>
        </message>
        <message>
            <source>Validation split</source>
            <translation>검증 세트 비율</translation>
        </message>
        <message>
            <source>Layer palette</source>
            <translation>층 팔레트</translation>
        </message>
        <message>
            <source>Activation functions</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <source>Locked by this challenge</source>
            <translation>이 도전 과제에서 잠겨 있습니다</translation>
        </message>
    </context>
    <context>
        <name>ChallengeBanner</name>
        <message>
            <source>Challenge: goal reached!</source>
            <translation>도전 과제: 목표 달성!</translation>
        </message>
        <message>
            <source>Challenge:</source>
            <translation>도전 과제:</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>달성</translation>
        </message>
        <message>
            <source>Not met yet</source>
            <translation>아직 달성하지 못함</translation>
        </message>
    </context>
    <context>
        <name>ChallengeDialog</name>
        <message>
            <source>Challenge</source>
            <translation>도전 과제</translation>
        </message>
        <message>
            <source>A challenge gives the learner a goal and fixes or hides the controls you choose. It is saved in the project file.</source>
            <translation>도전 과제는 학습자에게 목표를 주고, 선택한 컨트롤을 잠그거나 숨깁니다. 프로젝트 파일에 저장됩니다.</translation>
        </message>
        <message>
            <source>Task for the learner</source>
            <translation>학습자에게 주는 과제</translation>
        </message>
        <message>
            <source>Fix the data seed at</source>
            <translation>데이터 시드 고정:</translation>
        </message>
        <message>
            <source>Data seed</source>
            <translation>데이터 시드</translation>
        </message>
        <message>
            <source>Goal (every condition must be met)</source>
            <translation>목표 (모든 조건을 만족해야 함)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>측정값</translation>
        </message>
        <message>
            <source>Bound</source>
            <translation>조건</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <source>Add condition</source>
            <translation>조건 추가</translation>
        </message>
        <message>
            <source>Remove condition</source>
            <translation>조건 삭제</translation>
        </message>
        <message>
            <source>Controls</source>
            <translation>컨트롤</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>컨트롤</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>잠금</translation>
        </message>
        <message>
            <source>Hidden</source>
            <translation>숨김</translation>
        </message>
        <message>
            <source>Remove the challenge</source>
            <translation>도전 과제 삭제</translation>
        </message>
        <message>
            <source>at least (≥)</source>
            <translation>이상 (≥)</translation>
        </message>
        <message>
            <source>at most (≤)</source>
            <translation>이하 (≤)</translation>
        </message>
        <message>
            <source>Accuracies in %, counts as whole numbers, losses as numbers</source>
            <translation>정확도는 %로, 개수는 정수로, 손실은 숫자로 입력합니다</translation>
        </message>
        <message>
            <source>Row {0} ({1})</source>
            <translation>{0}행({1})</translation>
        </message>
        <message>
            <source>{0}: a share is between 0 and 100 %, not {1} %</source>
            <translation>{0}: 비율은 0%에서 100% 사이여야 합니다. 입력한 값: {1}%</translation>
        </message>
        <message>
            <source>{0}: a limit is an upper bound: choose “at most (≤)”</source>
            <translation>{0}: 한도는 상한입니다. “이하 (≤)”를 고르세요</translation>
        </message>
        <message>
            <source>{0}: a count is a whole number, 0 or more, not {1}</source>
            <translation>{0}: 개수는 0 이상의 정수여야 합니다. 입력한 값: {1}</translation>
        </message>
        <message>
            <source>Edit the challenge</source>
            <translation>도전 과제 편집</translation>
        </message>
    </context>
    <context>
        <name>CheckGradientsDialog</name>
        <message>
            <source>Check gradients</source>
            <extracomment>samples the check uses (the first ones of the training set)</extracomment>
            <translation>기울기 검사</translation>
        </message>
        <message>
            <source>Each weight is nudged by ±{0} and the change of the loss gives a numerical slope (E(w + ε) − E(w − ε)) / 2ε. Backpropagation's gradient should agree: relative error |a − n| / (|a| + |n|) below {2} in float64, or a difference below {3} (times the loss, when it is above 1), the finest slope ε can measure. Loss on the first {1} training samples.</source>
            <translation>가중치를 하나씩 ±{0}만큼 움직여 손실이 얼마나 변하는지로 수치 기울기 (E(w + ε) − E(w − ε)) / 2ε 를 구합니다. 역전파로 구한 기울기와 같아야 합니다: float64에서 상대 오차 |a − n| / (|a| + |n|) 가 {2} 미만이거나, 차이가 ε로 잴 수 있는 가장 작은 기울기인 {3} (손실이 1보다 크면 손실을 곱한 값) 미만이면 같다고 봅니다. 손실은 처음 {1}개 학습 샘플로 계산합니다.</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>층</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>가중치</translation>
        </message>
        <message>
            <source>backprop ∂E/∂w</source>
            <translation>역전파 ∂E/∂w</translation>
        </message>
        <message>
            <source>numerical</source>
            <translation>수치 미분</translation>
        </message>
        <message>
            <source>relative error</source>
            <translation>상대 오차</translation>
        </message>
        <message>
            <source>No model to check: build a valid model first, or pause training.</source>
            <translation>검사할 모델이 없습니다. 먼저 올바른 모델을 만들거나 학습을 일시 정지하세요.</translation>
        </message>
        <message>
            <source>The difference {0} is smaller than a central difference with this ε can resolve: the two agree.</source>
            <translation>차이 {0}은(는) 이 ε로 구한 중앙 차분이 구별할 수 있는 크기보다 작습니다: 두 값은 일치합니다.</translation>
        </message>
        <message>
            <source>({0} rows in brackets differ by less than ε can resolve and count as agreeing.)</source>
            <translation>(괄호 안의 {0}개 행은 차이가 ε로 구별할 수 있는 크기보다 작아서 일치한 것으로 봅니다.)</translation>
        </message>
        <message>
            <source>they agree: backpropagation computes these gradients correctly.</source>
            <translation>두 값이 일치합니다. 역전파가 이 기울기를 올바르게 계산합니다.</translation>
        </message>
        <message>
            <source>some differ: look at the rows with the largest errors (a kink such as relu's at 0 can cause this).</source>
            <translation>일부가 다릅니다. 오차가 가장 큰 행을 보세요 (relu의 0처럼 꺾이는 점이 원인일 수 있습니다).</translation>
        </message>
        <message>
            <source>{0} weights checked in float64; largest relative error {1}: {2}</source>
            <translation>가중치 {0}개를 float64로 검사했습니다. 가장 큰 상대 오차 {1}: {2}</translation>
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
            <source>Double-click: these test images</source>
            <translation>더블클릭: 이 칸의 테스트 이미지 보기</translation>
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
            <source>Your own table: feature columns (numbers, or texts such as categories) and one target column (class labels or numbers).</source>
            <translation>내 표 데이터: 특성 열들(숫자, 또는 범주 같은 텍스트)과 목표 열 하나 (클래스 레이블 또는 숫자).</translation>
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
            <source>Ignore columns</source>
            <translation>제외할 열</translation>
        </message>
        <message>
            <source>Functions of x1 and x2 the network gets as its inputs, as in the TensorFlow Playground; the Input layer follows their number</source>
            <translation>신경망이 입력으로 받는 x1, x2의 함수들입니다(TensorFlow Playground처럼). 입력층의 크기는 선택한 특성 수를 따릅니다</translation>
        </message>
        <message>
            <source>The column to predict: its header name or its number, counted from 0 (0 = the first column, -1 = the last); empty: the last column with data</source>
            <translation>예측할 열: 머리글 이름이나 0부터 세는 번호 (0 = 첫 열, -1 = 마지막 열). 비워 두면 값이 있는 마지막 열입니다</translation>
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
            <source>Columns to leave out, such as an id or a name: their header names or numbers, counted from 0 (0 = the first column), separated by commas</source>
            <translation>학습에 쓰지 않을 열(예: 번호나 이름): 머리글 이름이나 0부터 세는 번호(0 = 첫 열)를 쉼표로 구분해 적습니다</translation>
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
            <source>Training is running: pause or stop the training to change the data.</source>
            <translation>학습 중입니다: 데이터를 바꾸려면 학습을 일시 정지하거나 정지하세요.</translation>
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
            <source>Input features: {0}</source>
            <translation>입력 특성: {0}</translation>
        </message>
        <message>
            <source>Choose a CSV file: “Browse…” beside File. Each row is one sample: feature columns (numbers, or texts such as categories) and one target column.</source>
            <translation>CSV 파일을 고르세요: ‘파일’ 옆의 “찾아보기…”를 누릅니다. 한 행이 샘플 하나이고, 특성 열들(숫자, 또는 범주 같은 텍스트)과 목표 열 하나로 이루어집니다.</translation>
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
            <source>1 output, regression</source>
            <translation>출력 1개, 회귀</translation>
        </message>
        <message>
            <source>{0} outputs, regression</source>
            <translation>출력 {0}개, 회귀</translation>
        </message>
        <message>
            <source>{0} classes</source>
            <translation>클래스 {0}개</translation>
        </message>
    </context>
    <context>
        <name>DatePage</name>
        <message>
            <source>A unit as a decision: go out on a date this weekend? Three yes/no inputs, and weights that say how much each one matters to a person. The notes give the weights but no threshold; here the unit says yes when the weighted sum is above 5, so the input weighted 6 decides alone and the two inputs weighted 2 together (4) are not enough. Tick the inputs and compare the two people.</source>
            <translation>결정을 내리는 유닛: 이번 주말에 데이트하러 나갈까? 예/아니요 입력 세 개와, 각 입력이 그 사람에게 얼마나 중요한지를 나타내는 가중치가 있습니다. 노트에는 가중치만 있고 임계값은 없습니다. 여기서는 가중합이 5보다 크면 '예'라고 답하므로, 가중치 6인 입력 하나만으로 결정되고 가중치 2인 두 입력을 합쳐도(4) 부족합니다. 입력을 체크하고 두 사람을 비교해 보세요.</translation>
        </message>
        <message>
            <source>The weather is good (x₁)</source>
            <translation>날씨가 좋다 (x₁)</translation>
        </message>
        <message>
            <source>My partner is free (x₂)</source>
            <translation>연인이 바쁜 일이 없다 (x₂)</translation>
        </message>
        <message>
            <source>The place is near home (x₃)</source>
            <translation>데이트 장소가 집에서 가깝다 (x₃)</translation>
        </message>
        <message>
            <source>Threshold θ</source>
            <translation>임계값 θ</translation>
        </message>
        <message>
            <source>Threshold θ (yes when the sum &gt; θ)</source>
            <translation>임계값 θ (합 &gt; θ 이면 예)</translation>
        </message>
        <message>
            <source>Ask me about the first person</source>
            <extracomment>whom the question is about: the second person first, the other one after each click of the button</extracomment>
            <translation>첫 번째 사람에 대해 문제 내기</translation>
        </message>
        <message>
            <source>Ask me about the second person</source>
            <translation>두 번째 사람에 대해 문제 내기</translation>
        </message>
        <message>
            <source>Someone for whom the weather matters most, weights (6, 2, 2)</source>
            <translation>날씨를 가장 중요하게 여기는 사람, 가중치 (6, 2, 2)</translation>
        </message>
        <message>
            <source>Someone for whom a nearby place matters most, weights (2, 2, 6)</source>
            <translation>가까운 장소를 가장 중요하게 여기는 사람, 가중치 (2, 2, 6)</translation>
        </message>
        <message>
            <source>goes out</source>
            <translation>나간다</translation>
        </message>
        <message>
            <source>stays home</source>
            <translation>집에 있는다</translation>
        </message>
    </context>
    <context>
        <name>DecisionRegionPlot</name>
        <message>
            <source>Discretize</source>
            <extracomment>how strongly regions are tinted: the Playground paints its heat map with alpha 160 over white bands of the discretized regression surface uint8 RGBA lookup table (256 entries) of the regions' diverging map (entry i is t = i / 255) the same map at full strength, for regression points why the model at rest could not be built (the runner's ``sigModelRefused``), shown over the points instead of the regions of the model before the edit; ``None`` while there is a model</extracomment>
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
            <source>The inputs not on the axes are held at their training mean while the model is evaluated. New data opens on the two inputs that tell the targets apart best on their own.</source>
            <translation>축에 없는 입력은 모델을 계산하는 동안 훈련 세트의 평균값으로 고정합니다. 새 데이터를 열면 하나만으로도 목표값을 가장 잘 구별하는 입력 두 개가 축에 놓입니다.</translation>
        </message>
        <message>
            <source>No decision regions: the model cannot be built as it is.
{0}</source>
            <translation>결정 영역을 그릴 수 없습니다: 지금 상태로는 모델을 만들 수 없습니다.
{0}</translation>
        </message>
        <message>
            <source>input {0}</source>
            <translation>입력 {0}</translation>
        </message>
        <message>
            <source>Paint the predicted value in {0} bands of equal width</source>
            <extracomment>the legend's corners, preferred in this order: top right, top left, bottom right, bottom left</extracomment>
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
        <name>DescentLab</name>
        <message>
            <source>One neuron, linear: y = w·x + b on 8 noisy points</source>
            <translation>뉴런 하나, 선형: 잡음 섞인 점 8개에 y = w·x + b</translation>
        </message>
        <message>
            <source>One neuron, sigmoid: y = σ(w·x + b)</source>
            <translation>뉴런 하나, 시그모이드: y = σ(w·x + b)</translation>
        </message>
        <message>
            <source>A long bowl: L = 0.5 w² + 4 b²</source>
            <translation>길쭉한 그릇: L = 0.5 w² + 4 b²</translation>
        </message>
        <message>
            <source>Two weights of the current model</source>
            <translation>현재 모델의 가중치 두 개</translation>
        </message>
        <message>
            <source>S&amp;urface</source>
            <translation>손실 곡면(&amp;U)</translation>
        </message>
        <message>
            <source>Weight {0}</source>
            <translation>가중치 {0}</translation>
        </message>
        <message>
            <source>Surface</source>
            <translation>손실 곡면</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>옵티마이저 경주</translation>
        </message>
        <message>
            <source>Losses</source>
            <translation>손실 함수</translation>
        </message>
        <message>
            <source>Numerical derivative</source>
            <translation>수치 미분</translation>
        </message>
        <message>
            <source>This model has fewer than two trainable weights.</source>
            <translation>이 모델에는 학습 가능한 가중치가 두 개보다 적습니다.</translation>
        </message>
        <message>
            <source>Pick two different weights.</source>
            <translation>서로 다른 가중치 두 개를 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>Examples</name>
        <message>
            <source>Challenge: XOR with 4 hidden units</source>
            <translation>도전 과제: 은닉 유닛 4개로 XOR 풀기</translation>
        </message>
        <message>
            <source>A teacher's challenge: the data is fixed; reach 95 % test accuracy with at most 4 hidden units.</source>
            <translation>교사의 도전 과제: 데이터는 고정되어 있습니다. 은닉 유닛 4개 이하로 테스트 정확도 95 %에 도달하세요.</translation>
        </message>
        <message>
            <source>Reach 95 % test accuracy on the XOR points with at most 4 hidden units.</source>
            <translation>은닉 유닛 4개 이하로 XOR 점들에서 테스트 정확도 95 %에 도달하세요.</translation>
        </message>
        <message>
            <source>Diabetes regression</source>
            <translation>당뇨병 회귀</translation>
        </message>
        <message>
            <source>Regression MLP of the notes (Dense(30, relu) -&gt; Dense(1), MSE, SGD) on scikit-learn's diabetes data.</source>
            <translation>강의 노트의 회귀 다층 퍼셉트론 (Dense(30, relu) -&gt; Dense(1), MSE, SGD), scikit-learn의 당뇨병 데이터.</translation>
        </message>
        <message>
            <source>Handwritten digits (8x8)</source>
            <translation>손글씨 숫자 (8x8)</translation>
        </message>
        <message>
            <source>scikit-learn's 8x8 handwritten digits, 64 inputs -&gt; 64 ReLU -&gt; 10 softmax.</source>
            <translation>scikit-learn의 8x8 손글씨 숫자: 입력 64개 -&gt; ReLU 64개 -&gt; 소프트맥스 10개.</translation>
        </message>
        <message>
            <source>Fashion-MNIST classifier</source>
            <translation>Fashion-MNIST 이미지 분류기</translation>
        </message>
        <message>
            <source>The notes' recipe: Flatten(28x28) -&gt; 300 relu -&gt; 100 relu -&gt; 10 softmax, SGD 0.01, 30 epochs, first 5,000 training images for validation; about 88-89 % accuracy.</source>
            <translation>강의 노트의 방법: Flatten(28x28) -&gt; relu 300개 -&gt; relu 100개 -&gt; 소프트맥스 10개, SGD 0.01, 에포크 30, 훈련 이미지 앞 5,000개는 검증용; 정확도 약 88-89 %.</translation>
        </message>
        <message>
            <source>AND gate</source>
            <translation>AND 게이트</translation>
        </message>
        <message>
            <source>One neuron with a sigmoid learns the AND gate (the perceptron chapter): 2 inputs, 1 output.</source>
            <translation>시그모이드 뉴런 하나가 AND 게이트를 학습합니다 (퍼셉트론 장): 입력 2개, 출력 1개.</translation>
        </message>
        <message>
            <source>MNIST digits (ANN)</source>
            <translation>MNIST 숫자 분류 (인공신경망)</translation>
        </message>
        <message>
            <source>The notes' MNIST ANN: 784 pixels -&gt; 256 relu -&gt; 256 relu -&gt; 10 logits, kernels and biases drawn from RandomNormal(stddev 1), softmax cross-entropy from logits, Adam 0.001, batch 256, 30 epochs; about 94 % test accuracy. Needs the MNIST files (mnist.npz in ~/.keras/datasets, or the IDX files in a folder chosen in the data panel).</source>
            <translation>노트의 MNIST 인공신경망: 784 픽셀 -&gt; 256 relu -&gt; 256 relu -&gt; 10 로짓, 가중치와 편향의 초깃값은 표준편차 1인 정규분포에서 뽑고, 로짓에서 계산하는 소프트맥스 교차 엔트로피, Adam 0.001, 배치 256, 30 에포크; 테스트 정확도 약 94 %. MNIST 파일이 필요합니다('~/.keras/datasets'의 'mnist.npz', 또는 데이터 패널에서 고른 폴더의 IDX 파일).</translation>
        </message>
        <message>
            <source>Housing-style regression</source>
            <translation>주택 가격식 회귀</translation>
        </message>
        <message>
            <source>The notes' California-housing recipe: standardised features -&gt; Dense(30, relu) -&gt; Dense(1), MSE, SGD 1e-3, 20 epochs. California housing must be downloaded, so this runs offline on scikit-learn's bundled diabetes data; to use California housing, save it as a CSV (8 feature columns, the price last), choose 'CSV file' in the data panel and click 'Fit the model to this data'.</source>
            <translation>노트의 캘리포니아 주택 가격 레시피: 표준화한 특성 -&gt; Dense(30, relu) -&gt; Dense(1), MSE, SGD 1e-3, 20 에포크. 캘리포니아 주택 데이터는 내려받아야 하므로 여기서는 scikit-learn에 들어 있는 당뇨병 데이터로 오프라인 실행합니다. 캘리포니아 주택 데이터를 쓰려면 CSV(특성 8열, 마지막 열에 가격)로 저장한 뒤 데이터 패널에서 'CSV 파일'을 고르고 '모델을 이 데이터에 맞추기'를 누르세요.</translation>
        </message>
        <message>
            <source>Callbacks: checkpoints and early stopping</source>
            <translation>콜백: 체크포인트와 조기 종료</translation>
        </message>
        <message>
            <source>The notes' callbacks on the housing-style regression: ModelCheckpoint keeps the best model so far in my_keras_model.h5 (save_best_only, on val loss), EarlyStopping(patience=10, restore_best_weights=True) ends training once val loss has not improved for 10 epochs and puts the best weights back, and TensorBoard logs go to my_logs/run_&lt;start time&gt;. Up to 100 epochs, SGD 0.01 on scikit-learn's diabetes data: it stops after about 20. Save the project first: the files are written beside it.</source>
            <translation>강의 노트의 콜백을 주택 가격식 회귀에 적용합니다: ModelCheckpoint는 지금까지 가장 좋은 모델을 my_keras_model.h5에 저장하고(save_best_only, 검증 손실 기준), EarlyStopping(patience=10, restore_best_weights=True)은 검증 손실이 10 에포크 동안 나아지지 않으면 학습을 끝내고 가장 좋은 가중치를 되돌려 놓으며, TensorBoard 로그는 my_logs/run_&lt;시작 시각&gt;에 씁니다. 최대 100 에포크, scikit-learn의 당뇨병 데이터에 SGD 0.01: 20 에포크쯤에서 멈춥니다. 파일이 프로젝트 옆에 저장되므로 먼저 프로젝트를 저장하세요.</translation>
        </message>
        <message>
            <source>Iris species</source>
            <translation>붓꽃 품종</translation>
        </message>
        <message>
            <source>Three iris species from four flower measurements: a small softmax classifier.</source>
            <translation>꽃의 측정값 네 개로 붓꽃 세 품종을 구분하는 작은 소프트맥스 분류기.</translation>
        </message>
        <message>
            <source>Two spirals</source>
            <translation>두 개의 나선</translation>
        </message>
        <message>
            <source>The hardest TensorFlow-Playground set: two interleaved spirals, 2-16-16-1 tanh network.</source>
            <translation>TensorFlow Playground에서 가장 어려운 데이터: 서로 감긴 두 나선, 2-16-16-1 쌍곡 탄젠트(tanh) 신경망.</translation>
        </message>
        <message>
            <source>Wide &amp; Deep</source>
            <translation>와이드 &amp; 딥</translation>
        </message>
        <message>
            <source>Wide &amp; Deep (Cheng et al. 2016) with the functional API of the notes: the input goes through two Dense(30, relu) layers (deep path) and also straight to a Concatenate (wide path), then Dense(1); regression on scikit-learn's diabetes data (the notes use California housing).</source>
            <translation>강의 노트의 함수형 방식으로 만든 와이드 &amp; 딥 신경망(2016년 구글 논문): 입력이 Dense(30, relu) 층 두 개(딥 경로)를 지나고, 동시에 곧바로 Concatenate로도 갑니다(와이드 경로). 그 뒤 Dense(1). scikit-learn의 당뇨병 데이터로 회귀합니다(노트에서는 캘리포니아 주택 데이터를 씁니다).</translation>
        </message>
        <message>
            <source>XOR in two layers</source>
            <translation>2층으로 푸는 XOR</translation>
        </message>
        <message>
            <source>NAND and OR feed AND: the notes' two-layer perceptron for XOR, weights set by hand.</source>
            <translation>NAND와 OR의 출력을 AND가 받습니다: 강의 노트의 XOR용 2층 퍼셉트론이며, 가중치는 손으로 정했습니다.</translation>
        </message>
        <message>
            <source>XOR with a hidden layer</source>
            <translation>은닉층으로 푸는 XOR</translation>
        </message>
        <message>
            <source>XOR is not linearly separable: one perceptron fails, a hidden layer of 8 tanh units solves it.</source>
            <translation>XOR은 선형 분리 가능하지 않습니다: 퍼셉트론 하나로는 안 되고, tanh 유닛 8개의 은닉층이 풉니다.</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message>
            <source>E&amp;xplain this step…</source>
            <translation>이 단계 설명(&amp;X)…</translation>
        </message>
        <message>
            <source>One training step on one sample, written out with the model's numbers</source>
            <translation>샘플 하나에 대한 학습 한 단계를 모델의 실제 숫자로 풀어 보여 줍니다</translation>
        </message>
        <message>
            <source>&amp;Gradient sizes per layer…</source>
            <translation>층별 기울기 크기(&amp;G)…</translation>
        </message>
        <message>
            <source>Each layer's mean |∂E/∂W| per epoch: see gradients vanish</source>
            <translation>에포크마다 각 층의 평균 |∂E/∂W|: 기울기 소실을 직접 봅니다</translation>
        </message>
        <message>
            <source>&amp;Check gradients…</source>
            <translation>기울기 검사(&amp;C)…</translation>
        </message>
        <message>
            <source>Backpropagation's gradients next to numerical ones</source>
            <translation>역전파 기울기와 수치 미분 기울기를 나란히 비교합니다</translation>
        </message>
        <message>
            <source>Pause training first: a step is explained on a model at rest</source>
            <translation>먼저 학습을 일시 정지하세요. 멈춰 있는 모델에서만 단계를 설명합니다</translation>
        </message>
        <message>
            <source>Explain this step</source>
            <translation>이 단계 설명</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>기울기</translation>
        </message>
    </context>
    <context>
        <name>ExplainStepView</name>
        <message>
            <source>Sample</source>
            <translation>샘플</translation>
        </message>
        <message>
            <source>Input i</source>
            <translation>입력 i</translation>
        </message>
        <message>
            <source>Unit j</source>
            <translation>유닛 j</translation>
        </message>
        <message>
            <source>&amp;Sample (training set index):</source>
            <translation>샘플 (훈련 세트 번호)(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Weight W[i, j] of layer:</source>
            <translation>가중치 W[i, j]의 층(&amp;W):</translation>
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
            <translation>가중치 갱신을 풀어 보여 줄 층</translation>
        </message>
        <message>
            <source>Forward: z = a_prev·W + b, a = f(z), then the loss E. Backward: δ = ∂E/∂z, from the last layer down; ∂E/∂W[i, j] = a_prev[i]·δ[j]. Then the optimizer moves each weight against its gradient.</source>
            <translation>순전파: z = a_prev·W + b, a = f(z), 그리고 손실 E. 역전파: 마지막 층부터 아래로 δ = ∂E/∂z; ∂E/∂W[i, j] = a_prev[i]·δ[j]. 그다음 옵티마이저가 각 가중치를 기울기의 반대 방향으로 옮깁니다.</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>층</translation>
        </message>
        <message>
            <source>unit j</source>
            <translation>유닛 j</translation>
        </message>
        <message>
            <source>Training is running. Pause it (or press Step) to explain one step.</source>
            <translation>학습이 진행 중입니다. 한 단계를 설명하려면 일시 정지하거나 한 단계 버튼을 누르세요.</translation>
        </message>
        <message>
            <source>No model to explain: {0}</source>
            <translation>설명할 모델이 없습니다: {0}</translation>
        </message>
        <message>
            <source>No model yet: build a valid model and choose its data.</source>
            <translation>아직 모델이 없습니다. 올바른 모델을 만들고 데이터를 고르세요.</translation>
        </message>
        <message>
            <source>the model's weights as they are (imported, loaded from a run or typed in)</source>
            <translation>지금 가중치 그대로인 모델(가져왔거나 실행 기록에서 불러왔거나 직접 입력한 가중치)</translation>
        </message>
        <message>
            <source>the model before training</source>
            <translation>학습 전 모델</translation>
        </message>
        <message>
            <source>the paused model: the next batch would start from these weights</source>
            <translation>일시 정지된 모델 (다음 배치는 이 가중치에서 시작합니다)</translation>
        </message>
        <message>
            <source>One step on one sample, with {0}.</source>
            <translation>샘플 하나에 대한 한 단계, {0} 기준.</translation>
        </message>
        <message>
            <source>the trained model</source>
            <translation>학습된 모델</translation>
        </message>
        <message>
            <source>Input x = {0}, target t = {1}</source>
            <translation>입력 x = {0}, 목표 t = {1}</translation>
        </message>
        <message>
            <source>Loss E = {0} (output a = {1})</source>
            <translation>손실 E = {0} (출력 a = {1})</translation>
        </message>
        <message>
            <source>{0} update of this weight (step {1}):</source>
            <translation>이 가중치의 {0} 갱신 ({1}번째 단계):</translation>
        </message>
    </context>
    <context>
        <name>ExportCode</name>
        <message>
            <source>Keras script (*.py)</source>
            <translation>Keras 스크립트 (*.py)</translation>
        </message>
        <message>
            <source>NumPy script, written from scratch (*.py)</source>
            <translation>NumPy 스크립트, 밑바닥부터 작성 (*.py)</translation>
        </message>
        <message>
            <source>Jupyter notebook (*.ipynb)</source>
            <translation>주피터 노트북 (*.ipynb)</translation>
        </message>
        <message>
            <source>Export the project as a Jupyter notebook</source>
            <translation>프로젝트를 주피터 노트북으로 내보내기</translation>
        </message>
        <message>
            <source>Export the project as a Python script</source>
            <translation>프로젝트를 파이썬 스크립트로 내보내기</translation>
        </message>
        <message>
            <source>Cannot export the project</source>
            <translation>프로젝트를 내보낼 수 없습니다</translation>
        </message>
        <message>
            <source>{0}
The exported program would stop there too.</source>
            <translation>{0}
내보낸 프로그램도 같은 곳에서 멈춥니다.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>Keras script</source>
            <translation>Keras 스크립트</translation>
        </message>
        <message>
            <source>NumPy script</source>
            <translation>NumPy 스크립트</translation>
        </message>
        <message>
            <source>Jupyter notebook</source>
            <translation>주피터 노트북</translation>
        </message>
        <message>
            <source>{0} written to {1}</source>
            <translation>{0}을(를) {1}에 저장했습니다</translation>
        </message>
    </context>
    <context>
        <name>FeatureToggles</name>
        <message>
            <source>The first coordinate, as it is</source>
            <translation>첫째 좌표 그대로</translation>
        </message>
        <message>
            <source>The second coordinate, as it is</source>
            <translation>둘째 좌표 그대로</translation>
        </message>
        <message>
            <source>The first coordinate squared: round boundaries become reachable</source>
            <translation>첫째 좌표의 제곱: 둥근 결정 경계를 만들 수 있게 됩니다</translation>
        </message>
        <message>
            <source>The second coordinate squared</source>
            <translation>둘째 좌표의 제곱</translation>
        </message>
        <message>
            <source>The product of the coordinates: its sign alone tells the XOR quadrants apart</source>
            <translation>두 좌표의 곱: 부호만으로 XOR의 사분면을 구별합니다</translation>
        </message>
        <message>
            <source>The sine of the first coordinate: waves along X₁</source>
            <translation>첫째 좌표의 사인: X₁ 방향의 물결</translation>
        </message>
        <message>
            <source>The sine of the second coordinate: waves along X₂</source>
            <translation>둘째 좌표의 사인: X₂ 방향의 물결</translation>
        </message>
        <message>
            <source>At least one input feature must stay on: without one the network has no input.</source>
            <translation>입력 특성은 적어도 하나는 켜 두어야 합니다. 하나도 없으면 신경망에 입력이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>FeaturesPage</name>
        <message>
            <source>A unit only draws straight lines through its inputs, so give it better inputs. As in the TensorFlow Playground, tick features computed from x₁ and x₂. With x₁·x₂ the fourth input (1, 1) stands apart from the others, and one unit separates XOR; in the plane the boundary is no longer a line.</source>
            <translation>유닛은 입력 공간에 직선만 그을 수 있으니, 더 나은 입력을 주어 봅시다. TensorFlow Playground처럼 x₁과 x₂로 계산한 특성을 체크하세요. x₁·x₂가 있으면 네 번째 입력 (1, 1)이 나머지와 떨어지고, 유닛 하나로 XOR을 분리할 수 있습니다. 평면에서 보면 결정 경계는 더 이상 직선이 아닙니다.</translation>
        </message>
        <message>
            <source>Let the rule find weights</source>
            <translation>학습 규칙으로 가중치 찾기</translation>
        </message>
        <message>
            <source>Weights by hand: (1, 1, −2), b = −0.5</source>
            <translation>직접 정한 가중치: (1, 1, −2), b = −0.5</translation>
        </message>
        <message>
            <source>features</source>
            <translation>특성</translation>
        </message>
        <message>
            <source>output</source>
            <translation>출력</translation>
        </message>
        <message>
            <source>Set by hand: z = x₁ + x₂ − 2·x₁x₂ − 0.5 is −0.5, 0.5, 0.5, −0.5 on the four inputs.</source>
            <translation>직접 정한 값: z = x₁ + x₂ − 2·x₁x₂ − 0.5 는 네 입력에서 −0.5, 0.5, 0.5, −0.5 입니다.</translation>
        </message>
        <message>
            <source>No weights yet for these features: let the rule find some.</source>
            <translation>이 특성들에 대한 가중치가 아직 없습니다. 학습 규칙으로 찾아보세요.</translation>
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
            <source>Cannot open the file</source>
            <translation>파일을 열 수 없습니다</translation>
        </message>
        <message>
            <source>Open a Keras model file</source>
            <translation>Keras 모델 파일 열기</translation>
        </message>
        <message>
            <source>“{0}” is a Keras model file, not an annstudio project. Import its model into the current project?</source>
            <translation>“{0}”은(는) annstudio 프로젝트가 아니라 Keras 모델 파일입니다. 이 모델을 현재 프로젝트로 가져올까요?</translation>
        </message>
        <message>
            <source>Import the model</source>
            <translation>모델 가져오기</translation>
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
            <source>Exported the model with the weights of the run “{1}” to {0}</source>
            <translation>실행 “{1}”의 가중치를 담은 모델을 {0}(으)로 내보냈습니다</translation>
        </message>
        <message>
            <source>Exported the model with the weights imported from {1} to {0}</source>
            <translation>{1}에서 가져온 가중치를 담은 모델을 {0}(으)로 내보냈습니다</translation>
        </message>
        <message>
            <source>Exported the model with its kept or edited weights to {0}</source>
            <translation>유지하거나 편집한 가중치를 담은 모델을 {0}(으)로 내보냈습니다</translation>
        </message>
        <message>
            <source>Export the trained model (.h5 or .keras)</source>
            <translation>학습한 모델 내보내기(.h5 또는 .keras)</translation>
        </message>
        <message>
            <source>Export the model (.h5 or .keras) with its imported or edited weights</source>
            <translation>모델 내보내기(.h5 또는 .keras) — 가져오거나 편집한 가중치</translation>
        </message>
        <message>
            <source>Export the model (.h5 or .keras) — not trained yet: the file gets freshly initialised weights</source>
            <translation>모델 내보내기(.h5 또는 .keras) — 아직 학습하지 않은 모델이므로 파일에는 새로 초기화한 가중치가 저장됩니다</translation>
        </message>
        <message>
            <source>Exported the model (no batch trained yet) to {0}</source>
            <translation>모델을 {0}(으)로 내보냈습니다 (아직 학습한 배치가 없습니다)</translation>
        </message>
        <message>
            <source>Imported the model and its weights from {0}</source>
            <translation>{0}에서 모델과 가중치를 가져왔습니다</translation>
        </message>
        <message>
            <source>Stop the training and open another project?</source>
            <translation>학습을 멈추고 다른 프로젝트를 열까요?</translation>
        </message>
        <message>
            <source>Keras models (*.h5 *.hdf5 *.keras);;Keras HDF5 models (*.h5 *.hdf5);;Keras 3 models (*.keras);;All files (*)</source>
            <translation>Keras 모델 (*.h5 *.hdf5 *.keras);;Keras HDF5 모델 (*.h5 *.hdf5);;Keras 3 모델 (*.keras);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Opened the example “{0}” (save it to keep your changes)</source>
            <translation>예제 “{0}”을(를) 열었습니다 (변경 내용을 남기려면 저장하세요)</translation>
        </message>
        <message>
            <source>Import a Keras model (.h5 or .keras)</source>
            <translation>Keras 모델 가져오기 (.h5 또는 .keras)</translation>
        </message>
        <message>
            <source>Cannot export the model</source>
            <translation>모델을 내보낼 수 없습니다</translation>
        </message>
        <message>
            <source>Keras' file formats cannot hold this model: {0}</source>
            <translation>Keras 파일 형식에는 이 모델을 담을 수 없습니다: {0}</translation>
        </message>
        <message>
            <source>Exported the trained model to {0}</source>
            <translation>학습한 모델을 {0}(으)로 내보냈습니다</translation>
        </message>
    </context>
    <context>
        <name>ForwardPassLab</name>
        <message>
            <source>sigmoid</source>
            <translation>시그모이드</translation>
        </message>
        <message>
            <source>tanh</source>
            <translation>쌍곡 탄젠트</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>step</source>
            <translation>계단 함수</translation>
        </message>
        <message>
            <source>identity</source>
            <translation>항등 함수</translation>
        </message>
        <message>
            <source>softmax</source>
            <translation>소프트맥스</translation>
        </message>
        <message>
            <source>The network of the notes: 2 inputs, a layer of 3 units, a layer of 2, and 2 outputs. Each layer is one matrix product plus a bias, A = X·W + B, then its activation, Z = f(A), which feeds the next layer. Type a number in any white cell: everything after it is computed again. Point at a result to see the row and the column that made it.</source>
            <extracomment>the questions on the notes' network: (table asked for, column, tables hidden until revealed)</extracomment>
            <translation>강의 노트의 신경망입니다. 입력 2개, 뉴런 3개인 층, 뉴런 2개인 층, 출력 2개로 이루어져 있습니다. 각 층은 행렬 곱 하나에 편향을 더한 A = X·W + B를 계산하고, 활성화 함수를 거친 Z = f(A)를 다음 층으로 넘깁니다. 흰 칸에 숫자를 입력하면 그 뒤의 모든 값이 다시 계산됩니다. 결과 칸에 마우스를 올리면 그 값을 만든 행과 열이 표시됩니다.</translation>
        </message>
        <message>
            <source>The first product of the notes: a row of 2 numbers times a 2 × 3 matrix gives 3 numbers. Each is the row multiplied, number by number, with one column of W, and summed.</source>
            <translation>강의 노트의 첫 번째 행렬 곱입니다. 숫자 2개로 된 행에 2 × 3 행렬을 곱하면 숫자 3개가 나옵니다. 각 숫자는 행과 W의 한 열을 원소끼리 곱해서 더한 값입니다.</translation>
        </message>
        <message>
            <source>Several samples at once: each row of X is one sample. The same product computes the layer for every row; the shapes gain a first size N, the number of rows: (N, 2)·(2, 3) → (N, 3).</source>
            <translation>여러 샘플을 한 번에 계산합니다. X의 각 행이 샘플 하나입니다. 같은 행렬 곱 하나로 모든 행의 층 출력을 계산하며, 모양 앞에 행의 개수 N이 붙습니다: (N, 2)·(2, 3) → (N, 3).</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>다음 문제</translation>
        </message>
        <message>
            <source>The notes' network</source>
            <translation>노트의 신경망</translation>
        </message>
        <message>
            <source>First example</source>
            <translation>첫 번째 예제</translation>
        </message>
        <message>
            <source>A batch</source>
            <translation>배치</translation>
        </message>
        <message>
            <source>Stable softmax</source>
            <translation>안정적인 소프트맥스</translation>
        </message>
        <message>
            <source>This model, this sample</source>
            <translation>이 모델, 이 샘플</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <source>Undo the last edit in this lab (Ctrl+Z)</source>
            <translation>이 실습에서 마지막으로 고친 값을 되돌립니다 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>다시 실행 (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>What is {0}? Work it out from the tables before it, then check (the cell shows ? until then).</source>
            <translation>{0}의 값은 얼마일까요? 앞의 표들로 직접 계산한 뒤 채점해 보세요 (그때까지 해당 칸에는 ?가 표시됩니다).</translation>
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
        <name>GatePage</name>
        <message>
            <source>output</source>
            <translation>출력</translation>
        </message>
        <message>
            <source>target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>One unit adds its weighted inputs and the bias, z = w₁·x₁ + w₂·x₂ + b, and fires when z reaches 0. Where z = 0 is a straight line across the plane: on its blue side the unit says 1, on the orange side 0. Move a weight and watch the line and the table; each point is coloured by its target.</source>
            <translation>유닛 하나는 가중치를 곱한 입력과 편향을 더하고(z = w₁·x₁ + w₂·x₂ + b), z가 0에 이르면 발화합니다. z = 0인 곳은 평면을 가로지르는 직선입니다. 파란 쪽에서는 1, 주황 쪽에서는 0을 출력합니다. 가중치를 움직이며 직선과 진리표를 보세요. 각 점의 색은 목표값입니다.</translation>
        </message>
        <message>
            <source>Another question</source>
            <translation>다른 문제</translation>
        </message>
        <message>
            <source>All 4 rows right: these weights realise {0}.</source>
            <translation>4행 모두 맞음: 이 가중치는 {0}을(를) 구현합니다.</translation>
        </message>
        <message>
            <source>{0} of 4 rows right. No weights get all four: the 1s and 0s of {1} sit on opposite corners, and no straight line separates them. The learning-rule and two-layer pages show what happens and what works.</source>
            <translation>4행 중 {0}행 맞음. 네 행을 모두 맞히는 가중치는 없습니다. {1}의 1과 0은 서로 마주 보는 모서리에 있어 어떤 직선으로도 나눌 수 없습니다. 학습 규칙 페이지와 2층 페이지에서 어떻게 되는지, 무엇이 해결책인지 보세요.</translation>
        </message>
        <message>
            <source>{0} of 4 rows right. Move the line until every point is on its colour's side.</source>
            <translation>4행 중 {0}행 맞음. 모든 점이 자기 색 쪽에 올 때까지 직선을 움직여 보세요.</translation>
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
        <message>
            <source>Cannot be exported as Keras .h5: {0}</source>
            <translation>Keras .h5로 내보낼 수 없습니다: {0}</translation>
        </message>
    </context>
    <context>
        <name>GradientView</name>
        <message>
            <source>epoch</source>
            <translation>에포크</translation>
        </message>
        <message>
            <source>mean |∂E/∂W| (log scale)</source>
            <translation>평균 |∂E/∂W| (로그 눈금)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vanishing gradients.&lt;/b&gt; Backpropagation multiplies by each layer's f′(z) on its way down. sigmoid's slope is at most 0.25 and near 0 where it saturates, so in a deep sigmoid stack the first layers get a tiny gradient and hardly learn: their lines sit far below the last layer's. ReLU's slope is 1 wherever a unit is active, and the lines stay close together. Try a stack of six sigmoid layers, then the same with relu.</source>
            <translation>&lt;b&gt;기울기 소실.&lt;/b&gt; 역전파는 아래 층으로 내려갈 때마다 그 층의 f′(z)를 곱합니다. 시그모이드의 기울기는 최대 0.25이고 포화되면 0에 가까워서, sigmoid 층을 깊게 쌓으면 앞쪽 층에는 아주 작은 기울기만 전해져 거의 학습되지 않습니다. 그래서 그 선들이 마지막 층의 선보다 훨씬 아래에 있습니다. ReLU는 뉴런이 활성화된 곳에서 기울기가 1이라 선들이 가까이 모여 있습니다. sigmoid 층 여섯 개를 쌓아 본 뒤 같은 구조를 relu로 바꿔 보세요.</translation>
        </message>
        <message>
            <source>Train the model to see each layer's gradient.</source>
            <translation>모델을 학습하면 층마다 기울기가 보입니다.</translation>
        </message>
        <message>
            <source>Epoch {0}: the first layer's gradient is {1} of the last layer's.</source>
            <translation>에포크 {0}: 첫 번째 층의 기울기는 마지막 층의 {1}입니다.</translation>
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
        <name>InputFields</name>
        <message>
            <source>Inputs</source>
            <translation>입력</translation>
        </message>
    </context>
    <context>
        <name>IrisPage</name>
        <message>
            <source>Real data: 150 iris flowers, two inputs (petal length and width in cm), target 1 for a setosa. Setosas have small petals, so a line separates them and the rule converges. scikit-learn's Perceptron(max_iter=1000, tol=1e-3, random_state=42) visits the flowers in a shuffled order and ends on another line, yet both classify every flower the same way.</source>
            <translation>실제 데이터: 붓꽃 150송이, 입력 두 개(꽃잎 길이와 너비, cm), setosa이면 목표 1. setosa는 꽃잎이 작아서 직선 하나로 분리되고 학습 규칙이 수렴합니다. scikit-learn의 Perceptron(max_iter=1000, tol=1e-3, random_state=42)은 꽃을 섞은 순서로 보고 다른 직선에 도달하지만, 두 직선은 모든 꽃을 똑같이 분류합니다.</translation>
        </message>
        <message>
            <source>petal length (cm)</source>
            <translation>꽃잎 길이 (cm)</translation>
        </message>
        <message>
            <source>petal width (cm)</source>
            <translation>꽃잎 너비 (cm)</translation>
        </message>
        <message>
            <source>the rule's line</source>
            <translation>학습 규칙의 직선</translation>
        </message>
        <message>
            <source>scikit-learn's line</source>
            <translation>scikit-learn의 직선</translation>
        </message>
        <message>
            <source>the query (2, 0.5)</source>
            <translation>질의 (2, 0.5)</translation>
        </message>
        <message>
            <source>Run the rule on the 150 flowers</source>
            <translation>150송이에 학습 규칙 실행</translation>
        </message>
        <message>
            <source>scikit-learn's Perceptron: fitting…</source>
            <translation>scikit-learn의 Perceptron: 학습 중…</translation>
        </message>
        <message>
            <source>The rule (η = 1, zero start, flowers in order) converged after {0} epochs: w = ({1}, {2}), b = {3}. A flower with petals 2 cm × 0.5 cm → {4} (setosa).</source>
            <translation>학습 규칙(η = 1, 0에서 시작, 순서대로)은 {0} 에포크 만에 수렴했습니다: w = ({1}, {2}), b = {3}. 꽃잎 2 cm × 0.5 cm인 꽃 → {4} (setosa).</translation>
        </message>
        <message>
            <source>The comparison with scikit-learn's Perceptron needs scikit-learn, which this build does not include.</source>
            <translation>scikit-learn의 Perceptron과 비교하려면 scikit-learn이 필요한데, 이 빌드에는 들어 있지 않습니다.</translation>
        </message>
        <message>
            <source>scikit-learn: w = ({0}, {1}), b = {2}. They agree on {3} of 150 flowers, and both get all 150 right.</source>
            <translation>scikit-learn: w = ({0}, {1}), b = {2}. 두 모델은 150송이 중 {3}송이에서 같은 답을 내고, 둘 다 150송이를 모두 맞힙니다.</translation>
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
            <source>{0}  ({1}, below this layer: untick it or move this layer down)</source>
            <translation>{0}  ({1}, 이 층보다 아래에 있음: 체크를 풀거나 이 층을 아래로 옮기세요)</translation>
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
            <translation>층을 층 목록으로 끌어다 놓거나, 더블클릭(Enter)하여 맨 뒤에 추가하세요.</translation>
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
        <name>Learn</name>
        <message>
            <source>Perceptron and logic gates</source>
            <translation>퍼셉트론과 논리 게이트</translation>
        </message>
        <message>
            <source>Forward pass as matrices</source>
            <translation>행렬로 보는 순전파</translation>
        </message>
        <message>
            <source>Backpropagation on a graph</source>
            <translation>계산 그래프의 역전파</translation>
        </message>
        <message>
            <source>Gradient descent and losses</source>
            <translation>경사하강법과 손실 함수</translation>
        </message>
        <message>
            <source>1. Neurons, perceptrons and logic gates</source>
            <extracomment>the notes' recipes, opened from the Learn menu as example projects (file stems in resources/examples)</extracomment>
            <translation>1. 뉴런, 퍼셉트론, 논리 게이트</translation>
        </message>
        <message>
            <source>2. The forward pass as matrices</source>
            <translation>2. 행렬로 보는 순전파</translation>
        </message>
        <message>
            <source>3. How a network learns</source>
            <translation>3. 신경망은 어떻게 학습하는가</translation>
        </message>
        <message>
            <source>Experiments</source>
            <translation>실험</translation>
        </message>
        <message>
            <source>&amp;Sweep settings…</source>
            <translation>설정 스윕(&amp;S)…</translation>
        </message>
        <message>
            <source>Train every combination of one or two settings' values and compare the runs</source>
            <translation>한두 설정 값의 모든 조합을 훈련하고 실행을 비교합니다</translation>
        </message>
        <message>
            <source>Learning-rate r&amp;ace</source>
            <translation>학습률 경주(&amp;A)</translation>
        </message>
        <message>
            <source>Train four learning rates side by side and overlay their loss curves</source>
            <translation>네 가지 학습률을 나란히 훈련하고 손실 곡선을 겹쳐 그립니다</translation>
        </message>
        <message>
            <source>Recipes from the notes</source>
            <translation>강의 노트의 예제 모델</translation>
        </message>
        <message>
            <source>Open a &amp;recipe</source>
            <translation>예제 모델 열기(&amp;R)</translation>
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
            <extracomment>the legend moves to another corner only when that hides more than this many fewer curve points the steadied ranges (``_RangeAnchor``) reach this fraction beyond the data's nice bounds an empty plot's axes reach this fraction beyond 0 and 1 (room for the end ticks' labels) the per-batch curve shows at most about this many points (means of consecutive batches beyond that)</extracomment>
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
            <extracomment>which live curves the legend names: (training, validation), each only once it has points (an empty plot, or past runs shown before any run of this session, list no "training" without its line) past runs drawn over the live curves (the Runs panel's selection) the folder Export's dialog starts in (the window sets it: the project's, else the last used one)</extracomment>
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
        <name>LossesPage</name>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Huber δ</source>
            <translation>Huber 손실의 δ</translation>
        </message>
        <message>
            <source>label 1 (the right class)</source>
            <translation>레이블 1 (정답 클래스)</translation>
        </message>
        <message>
            <source>label 0</source>
            <translation>레이블 0</translation>
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
            <translation>Huber 손실</translation>
        </message>
        <message>
            <source>prediction</source>
            <translation>예측</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <source>derivative</source>
            <translation>미분</translation>
        </message>
        <message>
            <source>predicted probability p</source>
            <translation>예측 확률 p</translation>
        </message>
        <message>
            <source>binary cross-entropy</source>
            <translation>이진 교차 엔트로피</translation>
        </message>
        <message>
            <source>categorical (3 classes)</source>
            <translation>범주형 교차 엔트로피 (3개 클래스)</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>목표(&amp;T)</translation>
        </message>
        <message>
            <source>Huber &amp;δ</source>
            <translation>Huber δ(&amp;D)</translation>
        </message>
        <message>
            <source>Class la&amp;bel</source>
            <translation>클래스 레이블(&amp;B)</translation>
        </message>
        <message>
            <source>MSE punishes a miss by its square, so its slope grows with the miss; MAE's slope is always ±1; Huber is MSE up to δ and MAE beyond.</source>
            <translation>MSE는 빗나간 만큼을 제곱해서 벌하므로 많이 빗나갈수록 기울기도 커집니다. MAE의 기울기는 언제나 ±1입니다. Huber는 δ까지는 MSE, 그 너머는 MAE처럼 움직입니다.</translation>
        </message>
        <message>
            <source>Cross-entropy grows without bound as the probability of the right class goes to 0, and its slope says which way to move. Accuracy jumps from 0 to 1 at p = 0.5 and is flat everywhere else: its derivative is 0 almost everywhere, so it gives gradient descent no direction. That is why it is a metric, not the loss.</source>
            <translation>교차 엔트로피는 정답 클래스의 확률이 0에 가까워질수록 끝없이 커지고, 그 기울기가 어느 쪽으로 움직일지 알려 줍니다. 정확도는 p = 0.5에서 0에서 1로 뛰고 나머지는 평평한 계단 함수라서 미분이 거의 모든 곳에서 0입니다. 경사하강법에 방향을 주지 못하므로 정확도는 손실 함수가 아니라 평가 지표로 씁니다.</translation>
        </message>
        <message>
            <source>One point (x = 8) sits 12 above the others. Fitted lines miss the clean line there by: MSE {0}, MAE {1}, Huber {2}. Squaring lets the outlier drag MSE's line; MAE and Huber give it a bounded pull.</source>
            <translation>점 하나(x = 8)가 다른 점들보다 12만큼 위에 있습니다. 그 자리에서 맞춘 직선이 원래 직선과 벌어진 정도: MSE {0}, MAE {1}, Huber {2}. 제곱 때문에 이상치가 MSE의 직선을 끌어당기고, MAE와 Huber에서는 그 힘이 제한됩니다.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;opened project&gt;</source>
            <translation>&lt;프로젝트를 연 상태&gt;</translation>
        </message>
        <message>
            <source>Training is running: pause or stop the training to edit the model.</source>
            <translation>학습 중입니다: 모델을 편집하려면 학습을 일시 정지하거나 정지하세요.</translation>
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
            <source>Runs</source>
            <translation>실행 기록</translation>
        </message>
        <message>
            <source>Training controls</source>
            <translation>학습 도구 모음</translation>
        </message>
        <message>
            <source>Train or pause</source>
            <translation>학습 / 일시 정지</translation>
        </message>
        <message>
            <source>Challenge</source>
            <translation>도전 과제</translation>
        </message>
        <message>
            <source>“{0}” in the Data panel makes the model match the data.</source>
            <translation>데이터 패널의 “{0}” 버튼을 누르면 모델이 데이터에 맞춰집니다.</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>제목 없음</translation>
        </message>
        <message>
            <source>Kept the trained weights of {0}</source>
            <translation>{0}의 학습된 가중치를 유지했습니다</translation>
        </message>
        <message>
            <source>new initial weights for {0} (new, or its weight shapes changed)</source>
            <translation>{0}은(는) 새 초기 가중치를 받았습니다 (새 층이거나 가중치 모양이 바뀜)</translation>
        </message>
        <message>
            <source>Play trains the edited model (with a fresh optimizer).</source>
            <translation>학습을 시작하면 편집한 모델을 학습합니다 (옵티마이저는 새로 시작).</translation>
        </message>
        <message>
            <source>Pause or stop the training to edit the model</source>
            <translation>모델을 편집하려면 학습을 일시 정지하거나 정지하세요</translation>
        </message>
        <message>
            <source>Pause or stop the training to change the data</source>
            <translation>데이터를 바꾸려면 학습을 일시 정지하거나 정지하세요</translation>
        </message>
        <message>
            <source>The network has imported or edited weights</source>
            <translation>신경망에 가져오거나 직접 입력한 가중치가 있습니다</translation>
        </message>
        <message>
            <source>You changed a model whose weights were imported or typed in. Reset the weights now?</source>
            <translation>가중치를 가져오거나 직접 입력한 모델을 바꾸었습니다. 지금 가중치를 초기화할까요?</translation>
        </message>
        <message>
            <source>Reset: those weights are dropped; Play starts from new initial weights.
Keep: layers whose weight shapes did not change keep their weights, the others get new initial weights; Play trains the edited model from there.
Cancel: undo the edit.</source>
            <translation>초기화: 그 가중치를 버립니다. 다음 학습은 새 초기 가중치로 시작합니다.
유지: 가중치 모양이 바뀌지 않은 층은 가중치를 유지하고, 나머지 층은 새 초기 가중치를 받습니다. 다음 학습은 편집한 모델을 거기서부터 학습합니다.
취소: 편집을 되돌립니다.</translation>
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
Keep: layers whose weight shapes did not change keep their trained weights, the others get new initial weights; Play trains the edited model from there.
Cancel: undo the edit.</source>
            <translation>초기화: 학습된 가중치와 곡선을 지웁니다. 다음 학습은 새 가중치로 시작합니다.
유지: 가중치 모양이 바뀌지 않은 층은 학습된 가중치를 유지하고, 나머지 층은 새 초기 가중치를 받습니다. 다음 학습은 편집한 모델을 거기서부터 학습합니다.
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
        <name>MatrixTable</name>
        <message>
            <source>Type a number in a cell; everything after it is computed again.</source>
            <extracomment>what produced the hovered result (the row of X, the column of W), and the result cell itself</extracomment>
            <translation>칸에 숫자를 입력하면 그 뒤의 모든 값이 다시 계산됩니다.</translation>
        </message>
        <message>
            <source>{0}[{1}]: {2} — the cell keeps {3}.</source>
            <translation>{0}[{1}]: {2} — 칸의 값은 {3}(으)로 유지됩니다.</translation>
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
            <source>&amp;Import Keras model (.h5, .keras)…</source>
            <translation>Keras 모델 가져오기(.h5, .keras)(&amp;I)…</translation>
        </message>
        <message>
            <source>Replace the model with one from a Keras .h5 or .keras file</source>
            <translation>모델을 Keras .h5 또는 .keras 파일의 모델로 바꿉니다</translation>
        </message>
        <message>
            <source>&amp;Export Keras model (.h5, .keras)…</source>
            <translation>Keras 모델 내보내기(.h5, .keras)(&amp;X)…</translation>
        </message>
        <message>
            <source>Save the model and its weights as a Keras file (.h5 or .keras)</source>
            <translation>모델과 가중치를 Keras 파일(.h5 또는 .keras)로 저장합니다</translation>
        </message>
        <message>
            <source>Export &amp;code</source>
            <translation>코드로 내보내기(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Python script…</source>
            <translation>파이썬 스크립트(&amp;P)…</translation>
        </message>
        <message>
            <source>Write the project as a runnable Keras or NumPy script</source>
            <translation>프로젝트를 실행할 수 있는 Keras 또는 NumPy 스크립트로 저장합니다</translation>
        </message>
        <message>
            <source>&amp;Jupyter notebook…</source>
            <translation>주피터 노트북(&amp;J)…</translation>
        </message>
        <message>
            <source>Write the project as a Jupyter notebook of Keras code</source>
            <translation>프로젝트를 Keras 코드로 된 주피터 노트북으로 저장합니다</translation>
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
            <source>C&amp;hallenge…</source>
            <translation>도전 과제(&amp;H)…</translation>
        </message>
        <message>
            <source>For teachers: set the goal and the locked or hidden controls</source>
            <translation>교사용: 목표와 잠그거나 숨길 컨트롤을 정합니다</translation>
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
            <source>&amp;Learn</source>
            <translation>배우기(&amp;L)</translation>
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
        <name>Messages</name>
        <message>
            <source>column {number}</source>
            <translation>{number}번 열</translation>
        </message>
        <message>
            <source>{path}: not a text file in UTF-8 or CP949 encoding; save it as 'CSV UTF-8'</source>
            <translation>{path}: UTF-8 또는 CP949 인코딩의 텍스트 파일이 아닙니다. 'CSV UTF-8' 형식으로 저장하세요</translation>
        </message>
        <message>
            <source>column {number} ({name!r})</source>
            <translation>{number}번 열 ({name!r})</translation>
        </message>
        <message>
            <source>the CSV file to import</source>
            <translation>가져올 CSV 파일</translation>
        </message>
        <message>
            <source>{path}: the file is empty</source>
            <translation>{path}: 파일이 비어 있습니다</translation>
        </message>
        <message>
            <source>{path}: found only one column (delimiter {delimiter}); a data set needs at least one feature column and a target column — check the 'delimiter' parameter</source>
            <translation>{path}: 열이 하나뿐입니다 (구분자 {delimiter}). 데이터셋에는 특성 열이 하나 이상, 목표 열이 하나 있어야 합니다 — 'delimiter' 매개변수를 확인하세요</translation>
        </message>
        <message>
            <source>{path}: needs at least 2 data rows, found {count}</source>
            <translation>{path}: 데이터 행이 2개 이상 필요한데 {count}개뿐입니다</translation>
        </message>
        <message>
            <source>parameter 'path' = {path!r}: no such file</source>
            <translation>매개변수 'path' = {path!r}: 그런 파일이 없습니다</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({reason})</source>
            <translation>{path}: 읽을 수 없습니다 ({reason})</translation>
        </message>
        <message>
            <source>{path}: line {line} has {count} fields but line {first} has {width} (delimiter {delimiter})</source>
            <translation>{path}: {line}번째 줄의 필드는 {count}개인데 {first}번째 줄은 {width}개입니다 (구분자 {delimiter})</translation>
        </message>
        <message>
            <source>missing value in {label} at line {line} (data row {row}); fill it in or delete the row</source>
            <translation>{label}의 {line}번째 줄 (데이터 {row}번째 행)에 값이 없습니다. 값을 채우거나 그 행을 지우세요</translation>
        </message>
        <message>
            <source>{label} has {field!r} at line {line} (data row {row}); only finite numbers are accepted</source>
            <translation>{label}의 {line}번째 줄 (데이터 {row}번째 행)에 {field!r}이(가) 있습니다. 유한한 수만 쓸 수 있습니다</translation>
        </message>
        <message>
            <source>missing value in the target {label} at line {line} (data row {row}); fill it in or delete the row</source>
            <translation>목표 {label}의 {line}번째 줄 (데이터 {row}번째 행)에 값이 없습니다. 값을 채우거나 그 행을 지우세요</translation>
        </message>
        <message>
            <source>the target {label} has only one class ({name!r}) in all {count} rows; a classifier needs at least 2 classes — pick another target or task='regression'</source>
            <translation>목표 {label}에는 {count}개 행 모두에 클래스가 하나({name!r})뿐입니다. 분류기에는 클래스가 2개 이상 필요합니다 — 다른 목표 열을 고르거나 task='regression'을 쓰세요</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>the number of epochs</source>
            <translation>에포크 수</translation>
        </message>
        <message>
            <source>the activation choice</source>
            <translation>활성화 함수 선택</translation>
        </message>
        <message>
            <source>the columns must be a list of {{'name': ..., 'categories': [...]}}</source>
            <translation>열 정보는 {{'name': ..., 'categories': [...]}}의 목록이어야 합니다</translation>
        </message>
        <message>
            <source>the columns name one column twice: {names}</source>
            <translation>같은 열이 두 번 나옵니다: {names}</translation>
        </message>
        <message>
            <source>the columns make {count} features but the model takes {size}</source>
            <translation>열 정보로 만들어지는 특성은 {count}개인데 모델은 {size}개를 받습니다</translation>
        </message>
        <message>
            <source>each column must be {{'name': text}} or {{'name': text, 'categories': [texts]}}; got {value!r}</source>
            <translation>각 열은 {{'name': text}} 또는 {{'name': text, 'categories': [texts]}} 형식이어야 합니다. 받은 값: {value!r}</translation>
        </message>
        <message>
            <source>no column named {missing}: the model reads the columns {names} of its data file (the file's header has {header})</source>
            <translation>{missing} 열이 없습니다. 이 모델은 데이터 파일의 {names} 열을 읽습니다(이 파일의 머리글: {header})</translation>
        </message>
        <message>
            <source>the categories of column {name!r} must be 1 to {limit} different texts</source>
            <translation>{name!r} 열의 범주는 서로 다른 텍스트 1~{limit}개여야 합니다</translation>
        </message>
        <message>
            <source>line {line}, column {name!r}: {field!r} is not one of the texts the model was trained on ({texts})</source>
            <translation>{line}번째 줄, {name!r} 열: {field!r}은(는) 모델이 학습한 텍스트({texts})가 아닙니다</translation>
        </message>
        <message>
            <source>line {line}, column {name!r}: {field!r} is not a number</source>
            <translation>{line}번째 줄, {name!r} 열: {field!r}은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>not valid CSV near line {line} ({problem})</source>
            <translation>{line}번째 줄 근처가 올바른 CSV가 아닙니다 ({problem})</translation>
        </message>
        <message>
            <source>line {line} has a field of more than {limit:,} characters, which is not a value a data file holds</source>
            <translation>{line}번째 줄에 {limit:,}자가 넘는 칸이 있습니다. 데이터 파일의 값이 아닙니다</translation>
        </message>
        <message>
            <source>{path}: line {line}: a quoted field goes on past the end of the line (to line {end}, the end of the file); a closing quote (") is probably missing</source>
            <translation>{path}: {line}번째 줄: 따옴표로 묶은 칸이 줄 끝을 넘어 파일 끝({end}번째 줄)까지 이어집니다. 닫는 따옴표(")가 빠진 것 같습니다</translation>
        </message>
        <message>
            <source>{label} has {field!r} at line {line} (data row {row}), beyond the largest number training computes with (float32: ±{max:.4g})</source>
            <translation>{label}의 {line}번째 줄 (데이터 {row}번째 행)에 있는 {field!r}은(는) 훈련에서 계산하는 가장 큰 수(float32: ±{max:.4g})를 넘습니다</translation>
        </message>
        <message>
            <source> (decimal commas are not supported; write 1.5, not 1,5)</source>
            <translation> (소수점 쉼표는 쓸 수 없습니다. 1,5가 아니라 1.5로 쓰세요)</translation>
        </message>
        <message>
            <source>the target {label}</source>
            <translation>목표 {label}</translation>
        </message>
        <message>
            <source>{part} {what}: the value {value:.6g} at sample {row}, feature {column} is beyond the largest number training computes with (float32: ±{max:.4g})</source>
            <translation>{part} {what}: 샘플 {row}, 특성 {column}의 값 {value:.6g}은(는) 훈련에서 계산하는 가장 큰 수(float32: ±{max:.4g})를 넘습니다</translation>
        </message>
        <message>
            <source>training</source>
            <translation>훈련</translation>
        </message>
        <message>
            <source>test</source>
            <translation>테스트</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>검증</translation>
        </message>
        <message>
            <source>unknown task {task!r}; accepted: {names}</source>
            <translation>알 수 없는 문제 유형 {task!r}. 가능한 값: {names}</translation>
        </message>
        <message>
            <source>{part} inputs x have shape {shape}; expected (n_samples, n_features) or (n_samples, height, width){hint}</source>
            <translation>{part} 입력 x의 모양이 {shape}입니다. (샘플 수, 특성 수) 또는 (샘플 수, 높이, 너비)여야 합니다{hint}</translation>
        </message>
        <message>
            <source>the {part} set is empty (0 samples)</source>
            <translation>{part} 세트가 비어 있습니다 (샘플 0개)</translation>
        </message>
        <message>
            <source>{part} inputs x must be numbers; got dtype {dtype}</source>
            <translation>{part} 입력 x는 숫자여야 합니다 (dtype {dtype})</translation>
        </message>
        <message>
            <source>{part} set: x has {shape} samples but y has {value}; they must match</source>
            <translation>{part} 세트: x의 샘플은 {shape}개인데 y는 {value}개입니다. 개수가 같아야 합니다</translation>
        </message>
        <message>
            <source> — looks one-hot; pass class labels (argmax over axis 1)</source>
            <translation> — 원-핫 형식으로 보입니다. 클래스 레이블(축 1의 argmax)을 주세요</translation>
        </message>
        <message>
            <source>{task} targets y must be class labels with shape (n,); the {part} y has shape {shape}{hint}</source>
            <translation>{task} 목표값 y는 모양이 (n,)인 클래스 레이블이어야 합니다. {part} y의 모양은 {shape}입니다{hint}</translation>
        </message>
        <message>
            <source>{part} labels must be &gt;= 0; found {lo} at sample {value}</source>
            <translation>{part} 레이블은 0 이상이어야 하는데 {value}번째 샘플에 {lo}이(가) 있습니다</translation>
        </message>
        <message>
            <source>binary labels must be 0 or 1; the {part} y contains {hi} — use task 'multiclass'</source>
            <translation>이진 분류의 레이블은 0 또는 1이어야 하는데 {part} y에 {hi}이(가) 있습니다 — task 'multiclass'를 쓰세요</translation>
        </message>
        <message>
            <source>{part} labels must be &lt; {n_classes} (the number of classes); found {hi}</source>
            <translation>{part} 레이블은 {n_classes}(클래스 수)보다 작아야 하는데 {hi}이(가) 있습니다</translation>
        </message>
        <message>
            <source>the {part} target has only {found} class ({y}); a classifier needs at least {min_classes} classes — check the target column or the split</source>
            <translation>{part} 목표값에는 클래스가 {found}개({y})뿐입니다. 분류기에는 클래스가 {min_classes}개 이상 필요합니다 — 목표 열이나 세트 나누기를 확인하세요</translation>
        </message>
        <message>
            <source>{part} inputs x contain {value} (first at sample {row}); remove or fill missing values</source>
            <translation>{part} 입력 x에 {value}이(가) 있습니다 (처음은 {row}번째 샘플). 빠진 값을 지우거나 채우세요</translation>
        </message>
        <message>
            <source>regression targets y must have shape (n, outputs); the {part} y has shape {shape}{hint}</source>
            <translation>회귀 목표값 y의 모양은 (n, 출력 수)여야 하는데 {part} y의 모양은 {shape}입니다{hint}</translation>
        </message>
        <message>
            <source>regression targets y must be numbers; the {part} y has dtype {dtype}</source>
            <translation>회귀 목표값 y는 숫자여야 하는데 {part} y의 dtype은 {dtype}입니다</translation>
        </message>
        <message>
            <source>{part} targets y contain NaN or inf (first at sample {row})</source>
            <translation>{part} 목표값 y에 NaN 또는 inf가 있습니다 (처음은 {row}번째 샘플)</translation>
        </message>
        <message>
            <source>{part} labels y contain NaN or inf (first at sample {value})</source>
            <translation>{part} 레이블 y에 NaN 또는 inf가 있습니다 (처음은 {value}번째 샘플)</translation>
        </message>
        <message>
            <source>{task} labels must be whole numbers; the {part} y has {y!r} at sample {row}</source>
            <translation>{task} 레이블은 정수여야 하는데 {part} y의 {row}번째 샘플이 {y!r}입니다</translation>
        </message>
        <message>
            <source>{task} labels must be integers 0..K-1; the {part} y has dtype {dtype} (map text labels to class indices first)</source>
            <translation>{task} 레이블은 0..K-1의 정수여야 하는데 {part} y의 dtype은 {dtype}입니다 (텍스트 레이블은 먼저 클래스 번호로 바꾸세요)</translation>
        </message>
        <message>
            <source>x_val and y_val must both be given or both be None</source>
            <translation>x_val과 y_val은 둘 다 주거나 둘 다 None이어야 합니다</translation>
        </message>
        <message>
            <source>inputs x</source>
            <translation>입력 x</translation>
        </message>
        <message>
            <source>a binary dataset has 2 class names, got {n_classes}</source>
            <translation>이진 분류 데이터셋의 클래스 이름은 2개여야 하는데 {n_classes}개입니다</translation>
        </message>
        <message>
            <source>{count} feature names for {shape} features</source>
            <translation>특성은 {shape}개인데 특성 이름은 {count}개입니다</translation>
        </message>
        <message>
            <source>targets y</source>
            <translation>목표값 y</translation>
        </message>
        <message>
            <source>{part} inputs have shape {shape} per sample but training inputs have {shape2}</source>
            <translation>{part} 입력의 샘플당 모양은 {shape}인데 훈련 입력은 {shape2}입니다</translation>
        </message>
        <message>
            <source>{part} targets have {shape} columns but training targets have {shape2}</source>
            <translation>{part} 목표값의 열은 {shape}개인데 훈련 목표값은 {shape2}개입니다</translation>
        </message>
        <message>
            <source> — for one feature reshape to (n, 1)</source>
            <translation> — 특성이 하나면 (n, 1)로 모양을 바꾸세요</translation>
        </message>
        <message>
            <source> — reshape to (n, 1)</source>
            <translation> — (n, 1)로 모양을 바꾸세요</translation>
        </message>
        <message>
            <source>dataset {dataset!r}: {problem}</source>
            <translation>데이터셋 {dataset!r}: {problem}</translation>
        </message>
        <message>
            <source>{before} {after}</source>
            <translation>{before} {after}</translation>
        </message>
        <message>
            <source>{path}: only {count} bytes — too short for an IDX header (truncated or empty file)</source>
            <translation>{path}: {count}바이트뿐입니다 — IDX 헤더보다 짧습니다 (잘렸거나 빈 파일)</translation>
        </message>
        <message>
            <source>{path}: bad magic number 0x{magic:08X}, expected 0x{expected_magic:08X} ({value}) — not an IDX file of the right kind</source>
            <translation>{path}: 매직 넘버 0x{magic:08X}이(가) 틀립니다. 0x{expected_magic:08X}({value})이어야 합니다 — 알맞은 종류의 IDX 파일이 아닙니다</translation>
        </message>
        <message>
            <source>{path}: bad magic number 0x{magic:08X}; an IDX file of unsigned bytes starts with 0x000008 followed by the number of dimensions</source>
            <translation>{path}: 매직 넘버 0x{magic:08X}이(가) 틀립니다. 부호 없는 바이트의 IDX 파일은 0x000008과 차원 수로 시작합니다</translation>
        </message>
        <message>
            <source>{path}: the IDX header is truncated ({count} bytes, header needs {header})</source>
            <translation>{path}: IDX 헤더가 잘렸습니다 ({count}바이트, 헤더에 {header}바이트 필요)</translation>
        </message>
        <message>
            <source>{path}: the file is truncated — the header says {shape} = {expected:,} bytes of data but only {actual:,} follow; download it again</source>
            <translation>{path}: 파일이 잘렸습니다 — 헤더에 따르면 {shape} = {expected:,}바이트의 데이터가 있어야 하는데 {actual:,}바이트뿐입니다. 다시 내려받으세요</translation>
        </message>
        <message>
            <source>{path}: {value:,} bytes more than the header ({shape}) describes — corrupt or not an IDX file</source>
            <translation>{path}: 헤더({shape})보다 {value:,}바이트가 더 있습니다 — 손상되었거나 IDX 파일이 아닙니다</translation>
        </message>
        <message>
            <source>{folder} has only {files}; the other files are missing.</source>
            <translation>{folder}에는 {files}만 있습니다. 나머지 파일이 없습니다.</translation>
        </message>
        <message>
            <source>On Debian/Ubuntu: sudo apt install dataset-fashion-mnist (installs them in {folder}).</source>
            <translation>Debian/Ubuntu에서는 sudo apt install dataset-fashion-mnist ({folder}에 설치됩니다).</translation>
        </message>
        <message>
            <source>Downloading failed: {problem}</source>
            <translation>내려받기에 실패했습니다: {problem}</translation>
        </message>
        <message>
            <source>the download finished but {folder} does not hold the complete set</source>
            <translation>내려받기는 끝났지만 {folder}에 전체 세트가 없습니다</translation>
        </message>
        <message>
            <source>{path}: the gzip file is truncated (it ends before the end-of-stream marker); download it again</source>
            <translation>{path}: gzip 파일이 잘렸습니다 (스트림 끝 표시 전에 끝남). 다시 내려받으세요</translation>
        </message>
        <message>
            <source>{path}: the gzip file is corrupt ({problem}); download it again</source>
            <translation>{path}: gzip 파일이 손상되었습니다 ({problem}). 다시 내려받으세요</translation>
        </message>
        <message>
            <source>{path}: not a readable .npz archive — truncated or corrupt ({problem})</source>
            <translation>{path}: 읽을 수 있는 .npz 파일이 아닙니다 — 잘렸거나 손상되었습니다 ({problem})</translation>
        </message>
        <message>
            <source>cannot create the download folder {folder} ({reason})</source>
            <translation>내려받을 폴더 {folder}을(를) 만들 수 없습니다 ({reason})</translation>
        </message>
        <message>
            <source>{path}: missing array(s) {names}; a Keras-style archive holds {names2} (found: {names3})</source>
            <translation>{path}: 배열 {names}이(가) 없습니다. Keras 형식 파일에는 {names2}이(가) 있어야 합니다 (있는 것: {names3})</translation>
        </message>
        <message>
            <source>cannot write into {folder} ({reason})</source>
            <translation>{folder}에 쓸 수 없습니다 ({reason})</translation>
        </message>
        <message>
            <source>{url}: the downloaded file has sha256 {value}, expected {expected}</source>
            <translation>{url}: 내려받은 파일의 sha256이 {value}인데 {expected}이어야 합니다</translation>
        </message>
        <message>
            <source>{url}: {type}: {problem}</source>
            <translation>{url}: {type}: {problem}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>{where}: training images are {shape} but test images {shape2}</source>
            <translation>{where}: 훈련 이미지는 {shape}인데 테스트 이미지는 {shape2}입니다</translation>
        </message>
        <message>
            <source>parameter 'validation' = {validation} leaves no training images; accepted: 0 to {value} (there are {n} training images)</source>
            <translation>매개변수 'validation' = {validation}이면 훈련 이미지가 남지 않습니다. 가능한 값: 0부터 {value}까지 (훈련 이미지는 {n}개)</translation>
        </message>
        <message>
            <source>parameter 'folder' = {folder!r} is not an existing folder; accepted: a folder holding the {title} files</source>
            <translation>매개변수 'folder' = {folder!r}은(는) 있는 폴더가 아닙니다. {title} 파일이 든 폴더를 고르세요</translation>
        </message>
        <message>
            <source>{where}: {part} images have shape {shape}; expected (n, rows, columns)</source>
            <translation>{where}: {part} 이미지의 모양이 {shape}입니다. (n, 행, 열)이어야 합니다</translation>
        </message>
        <message>
            <source>{where}: {count} {part} images but labels of shape {shape}; the counts must match</source>
            <translation>{where}: {part} 이미지는 {count}개인데 레이블의 모양은 {shape}입니다. 개수가 같아야 합니다</translation>
        </message>
        <message>
            <source>{where}: {part} pixels have dtype {dtype}; expected uint8 (0..255)</source>
            <translation>{where}: {part} 픽셀의 dtype이 {dtype}입니다. uint8 (0..255)이어야 합니다</translation>
        </message>
        <message>
            <source>{where}: {part} labels must be integers 0..9 (found dtype {dtype})</source>
            <translation>{where}: {part} 레이블은 0..9의 정수여야 합니다 (dtype {dtype})</translation>
        </message>
        <message>
            <source>{where}: {part} labels must be integers 0..9 (found dtype {dtype}, values {low}..{high})</source>
            <translation>{where}: {part} 레이블은 0..9의 정수여야 합니다 (dtype {dtype}, 값 {low}..{high})</translation>
        </message>
        <message>
            <source>unknown dataset {name!r}; accepted: {choices}</source>
            <translation>알 수 없는 데이터셋 {name!r}. 가능한 값: {choices}</translation>
        </message>
        <message>
            <source>the scaling record must be {{'inputs': ..., 'targets': ..., 'columns': ...}}</source>
            <translation>스케일링 기록은 {{'inputs': ..., 'targets': ..., 'columns': ...}} 형식이어야 합니다</translation>
        </message>
        <message>
            <source>inputs</source>
            <translation>입력</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>목표값</translation>
        </message>
        <message>
            <source>the scaling of the {what} must be {{'offset': ..., 'divisor': ...}}</source>
            <translation>{what}의 스케일링은 {{'offset': ..., 'divisor': ...}} 형식이어야 합니다</translation>
        </message>
        <message>
            <source>the scaling of the {what} divides by 0</source>
            <translation>{what}의 스케일링이 0으로 나눕니다</translation>
        </message>
        <message>
            <source>the scaling of the {what}: {key!r} must be one finite number or {size} of them</source>
            <translation>{what}의 스케일링: {key!r}은(는) 유한한 수 하나 또는 {size}개여야 합니다</translation>
        </message>
        <message>
            <source>one of {choices}</source>
            <translation>{choices} 중 하나</translation>
        </message>
        <message>
            <source>{accepted} (or none)</source>
            <translation>{accepted} (또는 없음)</translation>
        </message>
        <message>
            <source>no parameters</source>
            <translation>매개변수 없음</translation>
        </message>
        <message>
            <source>unknown parameter {name!r} = {value!r}; accepted: {accepted}</source>
            <translation>알 수 없는 매개변수 {name!r} = {value!r}. 가능한 것: {accepted}</translation>
        </message>
        <message>
            <source>parameter {name!r} = {value!r} is not accepted{why}; accepted: {accepted}</source>
            <translation>매개변수 {name!r} = {value!r}은(는) 쓸 수 없습니다{why}. 가능한 값: {accepted}</translation>
        </message>
        <message>
            <source> (a value is required)</source>
            <translation> (값이 필요합니다)</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>정수</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>수</translation>
        </message>
        <message>
            <source>{word} from {low} to {high}</source>
            <translation>{low}부터 {high}까지의 {word}</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>참 또는 거짓</translation>
        </message>
        <message>
            <source>parameter {name!r} is required ({what})</source>
            <translation>매개변수 {name!r}이(가) 필요합니다 ({what})</translation>
        </message>
        <message>
            <source> (out of range)</source>
            <translation> (범위를 벗어남)</translation>
        </message>
        <message>
            <source>{word} &gt;= {low}</source>
            <translation>{low} 이상의 {word}</translation>
        </message>
        <message>
            <source>a path (text)</source>
            <translation>경로 (텍스트)</translation>
        </message>
        <message>
            <source> (not a whole number)</source>
            <translation> (정수가 아님)</translation>
        </message>
        <message>
            <source>{word} &lt;= {high}</source>
            <translation>{high} 이하의 {word}</translation>
        </message>
        <message>
            <source>a column name or a 0-based column index (negative counts from the end)</source>
            <translation>열 이름 또는 0부터 세는 열 번호 (음수는 끝에서부터)</translation>
        </message>
        <message>
            <source>text</source>
            <translation>텍스트</translation>
        </message>
        <message>
            <source>need at least 2 samples to make a train/test split, got {n}</source>
            <translation>훈련/테스트 세트로 나누려면 샘플이 2개 이상 필요한데 {n}개입니다</translation>
        </message>
        <message>
            <source>test_ratio must be between 0 and 1 (exclusive), got {test_ratio}</source>
            <translation>테스트 비율(test_ratio)은 0과 1 사이(양 끝 제외)여야 합니다 (입력값: {test_ratio})</translation>
        </message>
        <message>
            <source>x has {count} samples but y has {count2}; they must match</source>
            <translation>x의 샘플은 {count}개인데 y는 {count2}개입니다. 개수가 같아야 합니다</translation>
        </message>
        <message>
            <source>validation fraction must be between 0 and 1 (exclusive), got {fraction}</source>
            <translation>검증 비율은 0과 1 사이(양 끝 제외)여야 합니다 (입력값: {fraction})</translation>
        </message>
        <message>
            <source>need at least 2 samples to hold out a validation set, got {n}</source>
            <translation>검증 세트를 떼어 두려면 샘플이 2개 이상 필요한데 {n}개입니다</translation>
        </message>
        <message>
            <source>one_hot expects class labels of shape (n,), got shape {shape}</source>
            <translation>one_hot에는 모양이 (n,)인 클래스 레이블이 필요한데 모양이 {shape}입니다</translation>
        </message>
        <message>
            <source>one_hot: label {bad} is outside 0..{value}</source>
            <translation>one_hot: 레이블 {bad}이(가) 0..{value} 범위 밖입니다</translation>
        </message>
        <message>
            <source>cannot standardise: the training part is empty</source>
            <translation>표준화할 수 없습니다: 훈련 부분이 비어 있습니다</translation>
        </message>
        <message>
            <source>one_hot expects integer class labels, got dtype {dtype}</source>
            <translation>one_hot에는 정수 클래스 레이블이 필요한데 dtype이 {dtype}입니다</translation>
        </message>
        <message>
            <source>mode must be 'auto', 'min' or 'max', got {mode!r}</source>
            <translation>mode는 'auto', 'min', 'max' 중 하나여야 합니다 (입력값: {mode!r})</translation>
        </message>
        <message>
            <source>{field} must be a file or folder name (text), got {value!r:.80}</source>
            <translation>{field}은(는) 파일 또는 폴더 이름(텍스트)이어야 합니다. 받은 값: {value!r:.80}</translation>
        </message>
        <message>
            <source>{field} must be a file or folder name, got {value!r:.80}</source>
            <translation>{field}은(는) 파일 또는 폴더 이름이어야 합니다. 받은 값: {value!r:.80}</translation>
        </message>
        <message>
            <source>{field} {value!r:.80} is outside the project's folder; a project file may only write inside its own folder (or the output folder you choose)</source>
            <translation>{field} {value!r:.80}은(는) 프로젝트 폴더 밖에 있습니다. 프로젝트 파일은 자기 폴더(또는 사용자가 고른 출력 폴더) 안에만 쓸 수 있습니다</translation>
        </message>
        <message>
            <source>ReduceLROnPlateau factor must be &lt; 1, got {factor}</source>
            <translation>ReduceLROnPlateau의 factor는 1보다 작아야 합니다 (입력값: {factor})</translation>
        </message>
        <message>
            <source>histogram_freq must be an int &gt;= 0 (0: no histograms), got {histogram_freq!r}</source>
            <translation>histogram_freq는 0 이상의 정수여야 합니다 (0: 히스토그램 없음) (입력값: {histogram_freq!r})</translation>
        </message>
        <message>
            <source>update_freq must be 'epoch', 'batch' or an int &gt;= 1, got {update_freq!r}</source>
            <translation>update_freq는 'epoch', 'batch' 또는 1 이상의 정수여야 합니다 (입력값: {update_freq!r})</translation>
        </message>
        <message>
            <source>bins must be an int &gt;= 1, got {bins!r}</source>
            <translation>bins는 1 이상의 정수여야 합니다 (입력값: {bins!r})</translation>
        </message>
        <message>
            <source>unknown callback {name!r}; expected one of {names}</source>
            <translation>알 수 없는 콜백 {name!r}. 다음 중 하나여야 합니다: {names}</translation>
        </message>
        <message>
            <source>ModelCheckpoint file name {filepath!r} cannot be filled in: {problem}</source>
            <translation>ModelCheckpoint 파일 이름 {filepath!r}을(를) 채울 수 없습니다: {problem}</translation>
        </message>
        <message>
            <source>unknown metric {name!r}; expected accuracy, mae or mse</source>
            <translation>알 수 없는 지표 {name!r}. accuracy, mae, mse 중 하나여야 합니다</translation>
        </message>
        <message>
            <source>the data {name!r} has inputs of shape {input_shape} but the Input layer has shape {input_shape2}</source>
            <translation>데이터 {name!r}의 입력 모양은 {input_shape}인데 입력층의 모양은 {input_shape2}입니다</translation>
        </message>
        <message>
            <source>{path}: the file holds a different model than the project's</source>
            <translation>{path}: 파일에 든 모델이 프로젝트의 모델과 다릅니다</translation>
        </message>
        <message>
            <source>TensorFlow could not be loaded ({problem}); reinstall it with: pip install --force-reinstall 'annstudio[tensorflow]'</source>
            <translation>TensorFlow를 불러올 수 없습니다 ({problem}). 다음 명령으로 다시 설치하세요: pip install --force-reinstall 'annstudio[tensorflow]'</translation>
        </message>
        <message>
            <source>ModelCheckpoint cannot save this model: {problem}</source>
            <translation>ModelCheckpoint(체크포인트)가 이 모델을 저장할 수 없습니다: {problem}</translation>
        </message>
        <message>
            <source>x has {count} samples but y has {count2}</source>
            <translation>x의 샘플은 {count}개인데 y는 {count2}개입니다</translation>
        </message>
        <message>
            <source>there are no training samples</source>
            <translation>훈련 샘플이 없습니다</translation>
        </message>
        <message>
            <source>validation_split={validation_split} leaves no samples for training or validation ({count} samples)</source>
            <translation>validation_split={validation_split}이면 훈련이나 검증에 남는 샘플이 없습니다 (샘플 {count}개)</translation>
        </message>
        <message>
            <source>the loss became {loss} in epoch {epoch}, batch {batch}: training diverged. The learning rate ({lr:g}) is probably too high, or the data has extreme values. The weights were restored to the start of epoch {epoch}.</source>
            <translation>에포크 {epoch}, 배치 {batch}에서 손실이 {loss}이(가) 되었습니다: 학습이 발산했습니다. 학습률({lr:g})이 너무 높거나 데이터에 극단적인 값이 있을 수 있습니다. 가중치를 에포크 {epoch}의 시작 상태로 되돌렸습니다.</translation>
        </message>
        <message>
            <source>the NumPy export does not write callbacks, and this project's {names} would change how it trains (when it stops, its learning rate); turn it off or export as Keras code</source>
            <translation>NumPy 내보내기는 콜백을 쓰지 않는데, 이 프로젝트의 {names}은(는) 학습 방식(멈추는 시점, 학습률)을 바꿉니다. 이를 끄거나 Keras 코드로 내보내세요</translation>
        </message>
        <message>
            <source>unsupported file type {suffix!r}; use .npy or .csv</source>
            <translation>지원하지 않는 파일 형식 {suffix!r}. .npy 또는 .csv를 쓰세요</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>그런 파일이 없습니다</translation>
        </message>
        <message>
            <source>holds {dtype} values, expected numbers</source>
            <translation>{dtype} 값이 들어 있습니다. 숫자여야 합니다</translation>
        </message>
        <message>
            <source>holds no data rows</source>
            <translation>데이터 행이 없습니다</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: 그런 파일이 없습니다</translation>
        </message>
        <message>
            <source>{path}: not an HDF5 file (a Keras .h5 model file starts with the HDF5 signature)</source>
            <translation>{path}: HDF5 파일이 아닙니다 (Keras .h5 모델 파일은 HDF5 서명으로 시작합니다)</translation>
        </message>
        <message>
            <source>{path}: cannot read the file ({reason})</source>
            <translation>{path}: 파일을 읽을 수 없습니다 ({reason})</translation>
        </message>
        <message>
            <source>{path}: not a readable HDF5 file: the file is damaged ({reason})</source>
            <translation>{path}: 읽을 수 있는 HDF5 파일이 아닙니다: 파일이 손상되었습니다 ({reason})</translation>
        </message>
        <message>
            <source>{path}: the file is damaged or not a Keras model file ({reason})</source>
            <translation>{path}: 파일이 손상되었거나 Keras 모델 파일이 아닙니다 ({reason})</translation>
        </message>
        <message>
            <source>no model_config attribute: not a Keras model file</source>
            <translation>model_config 속성이 없습니다: Keras 모델 파일이 아닙니다</translation>
        </message>
        <message>
            <source>empty name under {where}</source>
            <translation>{where} 아래에 빈 이름이 있습니다</translation>
        </message>
        <message>
            <source>{walked} is not a {value}</source>
            <translation>{walked}은(는) {value}이(가) 아닙니다</translation>
        </message>
        <message>
            <source>{where} is a virtual dataset (it reads other files); refused</source>
            <translation>{where}은(는) 가상 데이터셋입니다 (다른 파일을 읽음). 거부합니다</translation>
        </message>
        <message>
            <source>{where} is stored in external file(s) {value!r}; refused</source>
            <translation>{where}은(는) 외부 파일 {value!r}에 저장되어 있습니다. 거부합니다</translation>
        </message>
        <message>
            <source>{what} has dtype {dt}; expected {value}</source>
            <translation>{what}의 dtype이 {dt}입니다. {value}이어야 합니다</translation>
        </message>
        <message>
            <source>{what} declares shape {shape} ({n:,} elements), more than the limit of {max_elements:,} elements per array</source>
            <translation>{what}의 모양은 {shape}({n:,}개 원소)로, 배열당 한도 {max_elements:,}개보다 많습니다</translation>
        </message>
        <message>
            <source>{what} would bring the data read to {value:,} bytes, more than the limit of {max_bytes:,} bytes</source>
            <translation>{what}을(를) 읽으면 읽은 데이터가 {value:,}바이트가 되어 한도 {max_bytes:,}바이트를 넘습니다</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} has {n:,} entries, more than {max_items:,}</source>
            <translation>{where}의 속성 {name!r}에 항목이 {n:,}개로, {max_items:,}개보다 많습니다</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} is not text (found {type})</source>
            <translation>{where}의 속성 {name!r}이(가) 텍스트가 아닙니다 ({type})</translation>
        </message>
        <message>
            <source>no model_weights group: the file holds no weights</source>
            <translation>model_weights 그룹이 없습니다: 파일에 가중치가 없습니다</translation>
        </message>
        <message>
            <source>the file holds weights for {count} layer(s) ({names}) but the model config has {count2} layer(s) with weights ({names2})</source>
            <translation>파일에는 층 {count}개({names})의 가중치가 있는데 모델 설정에서 가중치가 있는 층은 {count2}개({names2})입니다</translation>
        </message>
        <message>
            <source>the model has top-level weights of its own, which annstudio does not support</source>
            <translation>모델에 최상위 가중치가 따로 있는데, annstudio는 이를 지원하지 않습니다</translation>
        </message>
        <message>
            <source>{where} is not annstudio resume state (format {fmt!r})</source>
            <translation>{where}은(는) annstudio 이어 학습 상태가 아닙니다 (형식 {fmt!r})</translation>
        </message>
        <message>
            <source>{where} has version {version!r}; this annstudio reads version {state_version}</source>
            <translation>{where}의 버전은 {version!r}입니다. 이 annstudio는 버전 {state_version}을(를) 읽습니다</translation>
        </message>
        <message>
            <source>{path}: not a readable HDF5 file: the file is truncated ({reason})</source>
            <translation>{path}: 읽을 수 있는 HDF5 파일이 아닙니다: 파일이 잘려 있습니다 ({reason})</translation>
        </message>
        <message>
            <source>no model_config attribute: not a Keras model file (a weights-only file? annstudio needs a whole-model .h5 saved with model.save)</source>
            <translation>model_config 속성이 없습니다: Keras 모델 파일이 아닙니다 (가중치만 저장한 파일인가요? annstudio에는 model.save로 저장한 모델 전체의 .h5가 필요합니다)</translation>
        </message>
        <message>
            <source>unsupported model: {problem}</source>
            <translation>지원하지 않는 모델: {problem}</translation>
        </message>
        <message>
            <source>invalid path {relpath!r} under {where}</source>
            <translation>{where} 아래의 잘못된 경로 {relpath!r}</translation>
        </message>
        <message>
            <source>{walked} is inside a dataset, not a group</source>
            <translation>{walked}은(는) 그룹이 아니라 데이터셋 안에 있습니다</translation>
        </message>
        <message>
            <source>{walked} is a soft link to {path!r}; only hard links are followed</source>
            <translation>{walked}은(는) {path!r}(으)로 가는 소프트 링크입니다. 하드 링크만 따라갑니다</translation>
        </message>
        <message>
            <source>{walked} is an external link to {filename!r}:{path!r}; links to other files are refused</source>
            <translation>{walked}은(는) {filename!r}:{path!r}(으)로 가는 외부 링크입니다. 다른 파일로 가는 링크는 거부합니다</translation>
        </message>
        <message>
            <source>{walked} is a {type}; only hard links are followed</source>
            <translation>{walked}은(는) {type}입니다. 하드 링크만 따라갑니다</translation>
        </message>
        <message>
            <source>{where} uses HDF5 filter {code}, which is not built in; refused</source>
            <translation>{where}은(는) 내장되지 않은 HDF5 필터 {code}을(를) 씁니다. 거부합니다</translation>
        </message>
        <message>
            <source>attribute {name!r} is not valid JSON ({problem})</source>
            <translation>속성 {name!r}이(가) 올바른 JSON이 아닙니다 ({problem})</translation>
        </message>
        <message>
            <source>{where} has no {name!r} attribute</source>
            <translation>{where}에 {name!r} 속성이 없습니다</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} has shape {shape}; expected a list of names</source>
            <translation>{where}의 속성 {name!r}의 모양이 {shape}입니다. 이름 목록이어야 합니다</translation>
        </message>
        <message>
            <source>layer {keras_name!r} needs {count} weight(s) ({names}) but its group {name!r} in the file has {count2}</source>
            <translation>층 {keras_name!r}에는 가중치 {count}개({names})가 필요한데 파일의 그룹 {name!r}에는 {count2}개가 있습니다</translation>
        </message>
        <message>
            <source>{walked} is missing</source>
            <translation>{walked}이(가) 없습니다</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} is not UTF-8 text</source>
            <translation>{where}의 속성 {name!r}이(가) UTF-8 텍스트가 아닙니다</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} has more than {max_names:,} entries</source>
            <translation>{where}의 속성 {name!r}에 항목이 {max_names:,}개보다 많습니다</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} holds {type} values, not names</source>
            <translation>{where}의 속성 {name!r}에 이름이 아니라 {type} 값이 들어 있습니다</translation>
        </message>
        <message>
            <source>wrong shape for {key!r}: expected {expected}, found {found} ({where})</source>
            <translation>{key!r}의 모양이 틀립니다: {expected}이어야 하는데 {found}입니다 ({where})</translation>
        </message>
        <message>
            <source>unsupported training config: {problem}</source>
            <translation>지원하지 않는 훈련 설정: {problem}</translation>
        </message>
        <message>
            <source>group</source>
            <translation>그룹</translation>
        </message>
        <message>
            <source>dataset</source>
            <translation>데이터셋</translation>
        </message>
        <message>
            <source>floating-point numbers</source>
            <translation>부동소수점 수</translation>
        </message>
        <message>
            <source>numbers</source>
            <translation>숫자</translation>
        </message>
        <message>
            <source>attribute {name!r} of {where} holds a name that is not UTF-8</source>
            <translation>{where}의 속성 {name!r}에 UTF-8이 아닌 이름이 있습니다</translation>
        </message>
        <message>
            <source>cannot save {path}: missing weight(s) {names}</source>
            <translation>{path}을(를) 저장할 수 없습니다: 가중치 {names}이(가) 없습니다</translation>
        </message>
        <message>
            <source>cannot save {path}: unknown weight(s) {names}; the model has {names2}</source>
            <translation>{path}을(를) 저장할 수 없습니다: 알 수 없는 가중치 {names}. 모델에는 {names2}이(가) 있습니다</translation>
        </message>
        <message>
            <source>names longer than {hdf5_object_header_limit} bytes cannot be stored: {bad!r}...</source>
            <translation>{hdf5_object_header_limit}바이트보다 긴 이름은 저장할 수 없습니다: {bad!r}...</translation>
        </message>
        <message>
            <source>give both a loss and an optimizer (Keras compiles with both), or neither</source>
            <translation>손실 함수와 옵티마이저를 둘 다 주거나 (Keras는 둘 다로 컴파일합니다) 둘 다 주지 마세요</translation>
        </message>
        <message>
            <source>cannot save {path}: {problem}</source>
            <translation>{path}을(를) 저장할 수 없습니다: {problem}</translation>
        </message>
        <message>
            <source>cannot save {path}: weight {key!r} has dtype {dtype}; expected numbers</source>
            <translation>{path}을(를) 저장할 수 없습니다: 가중치 {key!r}의 dtype이 {dtype}입니다. 숫자여야 합니다</translation>
        </message>
        <message>
            <source>cannot save {path}: wrong shape for {key!r}: expected {shape}, found {shape2}</source>
            <translation>{path}을(를) 저장할 수 없습니다: {key!r}의 모양이 틀립니다. {shape}이어야 하는데 {shape2}입니다</translation>
        </message>
        <message>
            <source>metrics need a loss and an optimizer</source>
            <translation>지표(metrics)에는 손실 함수와 옵티마이저가 필요합니다</translation>
        </message>
        <message>
            <source>the input value {value:.6g} in row {row}, column {column} is beyond the largest number the model computes with ({dtype}: ±{max:.4g})</source>
            <translation>{row}번째 행, {column}번째 열의 입력값 {value:.6g}은(는) 모델이 계산하는 가장 큰 수({dtype}: ±{max:.4g})를 넘습니다</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (byte 0x{byte:02x} at position {position})</source>
            <translation>UTF-8 텍스트 파일이 아닙니다 (위치 {position}의 바이트 0x{byte:02x})</translation>
        </message>
        <message>
            <source>Expecting value</source>
            <translation>값이 있어야 합니다</translation>
        </message>
        <message>
            <source>Expecting property name enclosed in double quotes</source>
            <translation>큰따옴표로 감싼 속성 이름이 있어야 합니다</translation>
        </message>
        <message>
            <source>Expecting ',' delimiter</source>
            <translation>',' 구분자가 있어야 합니다</translation>
        </message>
        <message>
            <source>Expecting ':' delimiter</source>
            <translation>':' 구분자가 있어야 합니다</translation>
        </message>
        <message>
            <source>Extra data</source>
            <translation>남는 데이터가 있습니다</translation>
        </message>
        <message>
            <source>Unterminated string starting at</source>
            <translation>문자열이 끝나지 않았습니다</translation>
        </message>
        <message>
            <source>Invalid control character at</source>
            <translation>잘못된 제어 문자</translation>
        </message>
        <message>
            <source>Invalid \escape</source>
            <translation>잘못된 \ 이스케이프</translation>
        </message>
        <message>
            <source>Illegal trailing comma before end of object</source>
            <translation>객체 끝 앞에 쉼표가 있습니다</translation>
        </message>
        <message>
            <source>Illegal trailing comma before end of array</source>
            <translation>배열 끝 앞에 쉼표가 있습니다</translation>
        </message>
        <message>
            <source>'format_version' must be an integer, got {value!r}</source>
            <translation>'format_version'은 정수여야 합니다 (입력값: {value!r})</translation>
        </message>
        <message>
            <source>the file has format_version {version}, newer than this annstudio understands ({supported}); update annstudio</source>
            <translation>파일의 format_version은 {version}(으)로, 이 annstudio가 읽을 수 있는 것({supported})보다 새롭습니다. annstudio를 업데이트하세요</translation>
        </message>
        <message>
            <source>unsupported format_version {version}</source>
            <translation>지원하지 않는 format_version {version}</translation>
        </message>
        <message>
            <source>dtype must be float32 or float64, got {value!r}</source>
            <translation>dtype은 float32 또는 float64여야 합니다 (입력값: {value!r})</translation>
        </message>
        <message>
            <source>'training' must be an object</source>
            <translation>'training'은 객체여야 합니다</translation>
        </message>
        <message>
            <source>training: unknown setting(s) {unknown}</source>
            <translation>training: 알 수 없는 설정 {unknown}</translation>
        </message>
        <message>
            <source>dataset must be {{'name': ..., 'params': {{...}}}}</source>
            <translation>dataset은 {{'name': ..., 'params': {{...}}}} 형식이어야 합니다</translation>
        </message>
        <message>
            <source>dataset {dataset!r}: params must be an object</source>
            <translation>데이터셋 {dataset!r}: params는 객체여야 합니다</translation>
        </message>
        <message>
            <source>a project must be a JSON object</source>
            <translation>프로젝트는 JSON 객체여야 합니다</translation>
        </message>
        <message>
            <source>the project has no {section!r} section</source>
            <translation>프로젝트에 {section!r} 부분이 없습니다</translation>
        </message>
        <message>
            <source>model: {problem}</source>
            <translation>모델: {problem}</translation>
        </message>
        <message>
            <source>{path}: no such project file</source>
            <translation>{path}: 그런 프로젝트 파일이 없습니다</translation>
        </message>
        <message>
            <source>{path}: cannot read the project file ({problem})</source>
            <translation>{path}: 프로젝트 파일을 읽을 수 없습니다 ({problem})</translation>
        </message>
        <message>
            <source>the dataset choice</source>
            <translation>데이터셋 선택</translation>
        </message>
        <message>
            <source>the data seed</source>
            <translation>데이터 시드</translation>
        </message>
        <message>
            <source>the dataset settings</source>
            <translation>데이터셋 설정</translation>
        </message>
        <message>
            <source>the backend</source>
            <translation>백엔드</translation>
        </message>
        <message>
            <source>the learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>the optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <source>the batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <source>the loss function</source>
            <translation>손실 함수</translation>
        </message>
        <message>
            <source>the training seed</source>
            <translation>학습 시드</translation>
        </message>
        <message>
            <source>the validation split</source>
            <translation>검증 세트 비율</translation>
        </message>
        <message>
            <source>the layer palette</source>
            <translation>층 팔레트</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <translation>테스트 정확도</translation>
        </message>
        <message>
            <source>test mean absolute error</source>
            <translation>테스트 평균 절대 오차</translation>
        </message>
        <message>
            <source>validation accuracy</source>
            <translation>검증 정확도</translation>
        </message>
        <message>
            <source>validation loss</source>
            <translation>검증 손실</translation>
        </message>
        <message>
            <source>validation mean absolute error</source>
            <translation>검증 평균 절대 오차</translation>
        </message>
        <message>
            <source>training accuracy</source>
            <translation>훈련 정확도</translation>
        </message>
        <message>
            <source>training loss</source>
            <translation>훈련 손실</translation>
        </message>
        <message>
            <source>hidden units</source>
            <translation>은닉 유닛 수</translation>
        </message>
        <message>
            <source>hidden layers</source>
            <translation>은닉층 수</translation>
        </message>
        <message>
            <source>parameters</source>
            <translation>파라미터 수</translation>
        </message>
        <message>
            <source>challenge: {field!r} must be a list of control names</source>
            <translation>도전 과제: {field!r}은(는) 컨트롤 이름의 목록이어야 합니다</translation>
        </message>
        <message>
            <source>challenge: {field!r}: unknown control(s) {unknown} (known: {known})</source>
            <translation>도전 과제: {field!r}: 알 수 없는 컨트롤 {unknown} (사용 가능: {known})</translation>
        </message>
        <message>
            <source>challenge: {field} must be an object</source>
            <translation>도전 과제: {field}은(는) 객체여야 합니다</translation>
        </message>
        <message>
            <source>challenge: {field}: unknown key(s) {unknown}</source>
            <translation>도전 과제: {field}: 알 수 없는 키 {unknown}</translation>
        </message>
        <message>
            <source>challenge: {field} needs exactly one of 'metric' or 'limit'</source>
            <translation>도전 과제: {field}에는 'metric'과 'limit' 중 정확히 하나가 있어야 합니다</translation>
        </message>
        <message>
            <source>challenge: {field} needs exactly one of 'min' or 'max'</source>
            <translation>도전 과제: {field}에는 'min'과 'max' 중 정확히 하나가 있어야 합니다</translation>
        </message>
        <message>
            <source>challenge: {field}: unknown {kind} {name!r} (known: {known})</source>
            <translation>도전 과제: {field}: 알 수 없는 {kind} {name!r} (사용 가능: {known})</translation>
        </message>
        <message>
            <source>challenge: {field}: {bound} must be a number, got {value!r}</source>
            <translation>도전 과제: {field}: {bound}은(는) 숫자여야 합니다. 받은 값: {value!r}</translation>
        </message>
        <message>
            <source>'challenge' must be an object</source>
            <translation>'challenge'는 객체여야 합니다</translation>
        </message>
        <message>
            <source>challenge: unknown key(s) {unknown}</source>
            <translation>도전 과제: 알 수 없는 키 {unknown}</translation>
        </message>
        <message>
            <source>challenge: 'goal' must be a list of conditions</source>
            <translation>도전 과제: 'goal'은 조건의 목록이어야 합니다</translation>
        </message>
        <message>
            <source>challenge: 'goal' has {count} conditions, at most {limit} are allowed</source>
            <translation>도전 과제: 'goal'의 조건이 {count}개입니다. 최대 {limit}개까지 허용됩니다</translation>
        </message>
        <message>
            <source>challenge: 'data_seed' must be a whole number from 0 to 4294967295 or null, got {value!r}</source>
            <translation>도전 과제: 'data_seed'는 0부터 4294967295까지의 정수 또는 null이어야 합니다. 받은 값: {value!r}</translation>
        </message>
        <message>
            <source>challenge: 'note' must be text</source>
            <translation>도전 과제: 'note'는 텍스트여야 합니다</translation>
        </message>
        <message>
            <source>challenge: 'note' has {count} characters, at most {limit} are allowed</source>
            <translation>도전 과제: 'note'가 {count}자입니다. 최대 {limit}자까지 허용됩니다</translation>
        </message>
        <message>
            <source>{control} is locked by this challenge</source>
            <translation>{control}은(는) 이 도전 과제에서 잠겨 있습니다</translation>
        </message>
        <message>
            <source>challenge: {field}: a limit takes 'max' only</source>
            <translation>도전 과제: {field}: 제한(limit)에는 'max'만 쓸 수 있습니다</translation>
        </message>
        <message>
            <source>challenge: {field}: max must be a whole number ≥ 0, got {value!r}</source>
            <translation>도전 과제: {field}: max는 0 이상의 정수여야 합니다. 받은 값: {value!r}</translation>
        </message>
        <message>
            <source>challenge: {field}: {bound} must be between 0 and 1 (a share), got {value!r}</source>
            <translation>도전 과제: {field}: {bound}은(는) 0과 1 사이(비율)여야 합니다. 받은 값: {value!r}</translation>
        </message>
        <message>
            <source>parameter {param!r} = {target} is out of range; accepted: an index 0..{last} or -{count}..-1 (the file has {count} columns)</source>
            <translation>매개변수 {param!r} = {target}이(가) 범위를 벗어났습니다. 가능한 값: 번호 0..{last} 또는 -{count}..-1 (파일의 열은 {count}개)</translation>
        </message>
        <message>
            <source>parameter 'ignore' names the target {label}; the target cannot be left out — choose another target, or remove it from 'ignore'</source>
            <translation>매개변수 'ignore'에 목표 {label}이(가) 들어 있습니다. 목표는 제외할 수 없습니다 — 다른 목표를 고르거나 'ignore'에서 빼세요</translation>
        </message>
        <message>
            <source>no feature column is left: 'ignore' leaves out every column but the target</source>
            <translation>남은 특성 열이 없습니다: 'ignore'가 목표를 뺀 모든 열을 제외합니다</translation>
        </message>
        <message>
            <source>parameter {param!r} = {target!r} is not a column; accepted: (the file has no header row, so) an index 0..{last} or -{count}..-1</source>
            <translation>매개변수 {param!r} = {target!r}은(는) 열이 아닙니다. (파일에 머리글 행이 없으므로) 가능한 값: 번호 0..{last} 또는 -{count}..-1</translation>
        </message>
        <message>
            <source>the target {label} at line {line} (data row {row}) is {value!r}, not a finite number</source>
            <translation>목표 {label}의 {line}번째 줄 (데이터 {row}번째 행) 값 {value!r}은(는) 유한한 수가 아닙니다</translation>
        </message>
        <message>
            <source>parameter {param!r} = {target!r} is not a column; accepted: a column name ({names}) or an index 0..{last} or -{count}..-1</source>
            <translation>매개변수 {param!r} = {target!r}은(는) 열이 아닙니다. 가능한 값: 열 이름 ({names}) 또는 번호 0..{last} 또는 -{count}..-1</translation>
        </message>
        <message>
            <source>features must be a list of names, e.g. ["x1", "x2", "x1*x2"]</source>
            <translation>특성은 이름의 목록이어야 합니다. 예: ["x1", "x2", "x1*x2"]</translation>
        </message>
        <message>
            <source>choose at least one input feature</source>
            <translation>입력 특성을 하나 이상 고르세요</translation>
        </message>
        <message>
            <source>features are computed from 2 input columns, the data has shape {shape}</source>
            <translation>특성은 입력 열 2개로 계산합니다. 데이터의 모양은 {shape}입니다</translation>
        </message>
        <message>
            <source>unknown feature {name!r}; expected one of {names}</source>
            <translation>알 수 없는 특성 {name!r}: 다음 중 하나여야 합니다: {names}</translation>
        </message>
        <message>
            <source>feature {name!r} is listed twice</source>
            <translation>특성 {name!r}이(가) 두 번 있습니다</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>일반 파일이 아닌 것</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>폴더</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>이름 있는 파이프(FIFO)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>장치</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>소켓</translation>
        </message>
        <message>
            <source>{path}: not a plain numeric .npy file ({problem})</source>
            <translation>{path}: 숫자만 담은 일반 .npy 파일이 아닙니다 ({problem})</translation>
        </message>
        <message>
            <source>{path} is {kind}; only regular files are read</source>
            <translation>{path}은(는) {kind}입니다. 일반 파일만 읽습니다</translation>
        </message>
        <message>
            <source>{path} is {size:,} bytes, more than the {max_bytes:,} bytes allowed for this kind of file</source>
            <translation>{path}은(는) {size:,}바이트로, 이 종류의 파일에 허용되는 {max_bytes:,}바이트보다 큽니다</translation>
        </message>
        <message>
            <source>{path} changed while it was read; try again</source>
            <translation>{path}이(가) 읽는 도중에 바뀌었습니다. 다시 시도하세요</translation>
        </message>
        <message>
            <source>it holds Python objects, which cannot be read without pickle</source>
            <translation>파이썬 객체를 담고 있어 pickle 없이는 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>{path}: the .npy header declares shape {shape} of {dtype} = {declared:,} bytes, more than the {max_bytes:,} bytes allowed</source>
            <translation>{path}: .npy 헤더가 {dtype} 모양 {shape} = {declared:,}바이트를 선언하는데, 허용되는 {max_bytes:,}바이트보다 큽니다</translation>
        </message>
        <message>
            <source>{path}: the .npy header declares shape {shape} of {dtype} = {declared:,} bytes, but the file holds {available:,} bytes of data (truncated or damaged)</source>
            <translation>{path}: .npy 헤더가 {dtype} 모양 {shape} = {declared:,}바이트를 선언하지만 파일에는 데이터가 {available:,}바이트뿐입니다 (잘렸거나 손상됨)</translation>
        </message>
        <message>
            <source>it is a .npz archive; name it .npz</source>
            <translation>.npz 압축 파일입니다. 이름을 .npz로 바꾸세요</translation>
        </message>
        <message>
            <source>no .npy header</source>
            <translation>.npy 헤더가 없습니다</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>파일이 비어 있습니다</translation>
        </message>
        <message>
            <source>format version {version} is not supported</source>
            <translation>형식 버전 {version}은(는) 지원하지 않습니다</translation>
        </message>
        <message>
            <source>{path}: the header declares {declared:,} bytes of data, more than the {max_bytes:,} bytes allowed</source>
            <translation>{path}: 헤더가 데이터 {declared:,}바이트를 선언하는데, 허용되는 {max_bytes:,}바이트보다 큽니다</translation>
        </message>
        <message>
            <source>{path}: {compressed:,} compressed bytes would inflate to {declared:,} bytes, more than {ratio} times their size; refused (a compression bomb?)</source>
            <translation>{path}: 압축된 {compressed:,}바이트가 {declared:,}바이트로 풀려 원래 크기의 {ratio}배를 넘습니다. 거부했습니다 (압축 폭탄?)</translation>
        </message>
        <message>
            <source>{where}: {count:,} images, more than the {max_images:,} a set may have</source>
            <translation>{where}: 이미지가 {count:,}장으로, 한 세트에 허용되는 {max_images:,}장보다 많습니다</translation>
        </message>
        <message>
            <source>parameter {name!r} = {value!r} is not accepted: {problem}</source>
            <translation>매개변수 {name!r} = {value!r}은(는) 받아들일 수 없습니다: {problem}</translation>
        </message>
        <message>
            <source>column names or 0-based column indices, separated by commas</source>
            <translation>쉼표로 구분한 열 이름 또는 0부터 세는 열 번호</translation>
        </message>
        <message>
            <source>a list of input features from {names}</source>
            <translation>{names} 중에서 고른 입력 특성 목록</translation>
        </message>
        <message>
            <source>{callback} watches {monitor!r}, which this run does not report; it reports {names}</source>
            <translation>{callback}이(가) 지켜보는 {monitor!r} 값을 이 학습은 기록하지 않습니다. 기록하는 값: {names}</translation>
        </message>
        <message>
            <source>{callback} watches {monitor!r}, but this run has no validation data: set a validation split above 0, or watch {plain!r}</source>
            <translation>{callback}이(가) {monitor!r}을(를) 지켜보지만 이 학습에는 검증 데이터가 없습니다. 검증 세트 비율을 0보다 크게 하거나 {plain!r}을(를) 지켜보게 하세요</translation>
        </message>
        <message>
            <source>ModelCheckpoint file name {filepath!r:.100}: {problem}</source>
            <translation>ModelCheckpoint 파일 이름 {filepath!r:.100}: {problem}</translation>
        </message>
        <message>
            <source>{what} ≤ {target}</source>
            <translation>{what} ≤ {target}</translation>
        </message>
        <message>
            <source>now {value}</source>
            <translation>현재 {value}</translation>
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
            <translation>아직 측정 전</translation>
        </message>
        <message>
            <source>Explain this step needs flat inputs (one number per feature).</source>
            <translation>이 단계 설명은 평평한 입력(특성마다 숫자 하나)이 필요합니다.</translation>
        </message>
        <message>
            <source>Explain this step shows stacks of Dense layers; this model has a {kind} layer ({name}).</source>
            <translation>이 단계 설명은 Dense 층을 쌓은 모델만 보여 줍니다. 이 모델에는 {kind} 층({name})이 있습니다.</translation>
        </message>
        <message>
            <source>Explain this step shows a plain stack of layers; {name} does not take the layer before it.</source>
            <translation>이 단계 설명은 층을 차례로 쌓은 모델만 보여 줍니다. {name} 층은 바로 앞 층을 입력으로 받지 않습니다.</translation>
        </message>
        <message>
            <source>sample must be from 0 to {last}, got {sample}</source>
            <translation>샘플 번호는 0부터 {last}까지여야 합니다. 입력값: {sample}</translation>
        </message>
        <message>
            <source>no Dense layer named {name}</source>
            <translation>이름이 {name}인 Dense 층이 없습니다</translation>
        </message>
        <message>
            <source>{name} has weights W[i, j] with i &lt; {rows} and j &lt; {cols}; got [{i}, {j}]</source>
            <translation>{name} 층의 가중치 W[i, j]는 i &lt; {rows}, j &lt; {cols} 입니다. 입력값: [{i}, {j}]</translation>
        </message>
        <message>
            <source>Checking gradients needs a model that computes the same while training and predicting; {name} ({kind}) does not.</source>
            <translation>기울기 검사는 학습할 때와 예측할 때 똑같이 계산하는 모델에서만 할 수 있습니다. {name} ({kind}) 층은 그렇지 않습니다.</translation>
        </message>
        <message>
            <source>{name!r} is not a run</source>
            <translation>{name!r}은(는) 실행 기록이 아닙니다</translation>
        </message>
        <message>
            <source>{path}: no such run</source>
            <translation>{path}: 그런 실행 기록이 없습니다</translation>
        </message>
        <message>
            <source>a run's name cannot be empty</source>
            <translation>실행 기록의 이름은 비워 둘 수 없습니다</translation>
        </message>
        <message>
            <source>{path}: not a valid run ({problem})</source>
            <translation>{path}: 올바른 실행 기록이 아닙니다 ({problem})</translation>
        </message>
        <message>
            <source>unknown sweep setting {name!r}; expected one of {choices}</source>
            <translation>알 수 없는 스윕 설정 {name!r}; 다음 중 하나여야 합니다: {choices}</translation>
        </message>
        <message>
            <source>sweep setting {name}: {problem}</source>
            <translation>스윕 설정 {name}: {problem}</translation>
        </message>
        <message>
            <source>sweep setting {name}: no values given</source>
            <translation>스윕 설정 {name}: 값이 없습니다</translation>
        </message>
        <message>
            <source>sweep setting {name!r}: expected NAME=VALUE,VALUE,...</source>
            <translation>스윕 설정 {name!r}: NAME=VALUE,VALUE,... 형식이어야 합니다</translation>
        </message>
        <message>
            <source>sweep setting {name} is given twice</source>
            <translation>스윕 설정 {name}이(가) 두 번 주어졌습니다</translation>
        </message>
        <message>
            <source>a sweep of {count} runs is too many; at most {limit}</source>
            <translation>실행 {count}개의 스윕은 너무 많습니다. 최대 {limit}개입니다</translation>
        </message>
        <message>
            <source>sweep setting {name}: {value!r} is too large to be a number here</source>
            <translation>스윕 설정 {name}: {value!r}은(는) 여기서 쓰기에 너무 큰 수입니다</translation>
        </message>
        <message>
            <source>{label} holds {count} different texts in {rows} rows (e.g. {examples}); a text column becomes one feature per text, at most {limit} here — leave it out with 'ignore' (an id or a name), or encode it as numbers</source>
            <translation>{label}에는 {rows}개 행에 서로 다른 텍스트가 {count}개 있습니다 (예: {examples}). 텍스트 열은 텍스트마다 특성 하나가 되며, 여기서는 {limit}개까지입니다 — 아이디나 이름 열이면 'ignore'(제외할 열)로 빼거나 숫자로 바꾸세요</translation>
        </message>
        <message>
            <source>{label} is not numeric: {field!r} at line {line} (data row {row}){hint}, among numbers; a feature column holds numbers, or texts only (each text then becomes a feature) — correct the value, or leave the column out with 'ignore'</source>
            <translation>{label}이(가) 숫자가 아닙니다: {line}번째 줄 (데이터 {row}번째 행)의 {field!r}{hint}, 나머지는 숫자입니다. 특성 열은 숫자만, 또는 텍스트만 담아야 합니다 (텍스트는 저마다 특성 하나가 됩니다) — 값을 고치거나 'ignore'(제외할 열)로 그 열을 빼세요</translation>
        </message>
        <message>
            <source>CSVLogger filename: {problem}</source>
            <translation>CSVLogger의 파일 이름(filename): {problem}</translation>
        </message>
        <message>
            <source>Checking gradients takes two loss evaluations per weight: this model has {count:,} trainable weights, more than {limit:,}. Try a smaller model.</source>
            <translation>기울기 검사는 가중치마다 손실을 두 번 계산합니다. 이 모델의 학습 가능한 가중치는 {count:,}개로 {limit:,}개보다 많습니다. 더 작은 모델로 해 보세요.</translation>
        </message>
        <message>
            <source>a batch of {rows:,} samples holds {per_sample:,} values per sample in the layers' outputs: {total:,} values at once, more than the {limit:,} allowed; choose a smaller batch size or narrower layers</source>
            <translation>배치 하나(샘플 {rows:,}개)의 층 출력은 샘플당 값 {per_sample:,}개로, 한 번에 값 {total:,}개가 되어 허용된 {limit:,}개보다 많습니다. 배치 크기를 줄이거나 층의 유닛 수를 줄이세요</translation>
        </message>
        <message>
            <source>sweep setting {name}: {value!r} is not a number</source>
            <translation>스윕 설정 {name}: {value!r}은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>sweep setting {name}: {value!r} is not an integer</source>
            <translation>스윕 설정 {name}: {value!r}은(는) 정수가 아닙니다</translation>
        </message>
        <message>
            <source>sweep run {run}: layer {layer!r}: {problem}</source>
            <translation>스윕 실행 {run}: 층 {layer!r}: {problem}</translation>
        </message>
        <message>
            <source>sweep setting {name}: unknown optimizer {value!r}; expected one of {choices}</source>
            <translation>스윕 설정 {name}: 알 수 없는 옵티마이저 {value!r}; 다음 중 하나여야 합니다: {choices}</translation>
        </message>
        <message>
            <source>unknown export style {style!r}; expected one of {choices}</source>
            <translation>알 수 없는 내보내기 방식 {style!r}; 가능한 값: {choices}</translation>
        </message>
        <message>
            <source>cannot export the data: {problem}</source>
            <translation>데이터를 내보낼 수 없습니다: {problem}</translation>
        </message>
        <message>
            <source>unknown dataset {name!r}</source>
            <translation>알 수 없는 데이터셋 {name!r}</translation>
        </message>
        <message>
            <source>Keras has no {activation!r} activation (layer {name!r}); choose another one to export Keras code</source>
            <translation>Keras에는 {activation!r} 활성화 함수가 없습니다 (층 {name!r}). Keras 코드로 내보내려면 다른 활성화 함수를 고르세요</translation>
        </message>
        <message>
            <source>the NumPy export needs at least one Dense layer (it has nothing to train)</source>
            <translation>NumPy 내보내기에는 Dense 층이 하나 이상 필요합니다 (훈련할 것이 없습니다)</translation>
        </message>
        <message>
            <source>the NumPy export writes plain stacks only; this model has branches (export as Keras code instead)</source>
            <translation>NumPy 내보내기는 층을 차례로 쌓은 모델만 씁니다. 이 모델에는 갈래가 있습니다 (Keras 코드로 내보내세요)</translation>
        </message>
        <message>
            <source>the NumPy export cannot express the {kind} layer {name!r}; it writes out Dense stacks (Input, Dense, Activation, Flatten, Rescaling) — export as Keras code instead</source>
            <translation>NumPy 내보내기는 {kind} 층 {name!r}을(를) 표현할 수 없습니다. Dense 층을 쌓은 모델(Input, Dense, Activation, Flatten, Rescaling)만 씁니다 — Keras 코드로 내보내세요</translation>
        </message>
        <message>
            <source>the NumPy export cannot train the {activation!r} activation of layer {name!r} (it has no gradient)</source>
            <translation>NumPy 내보내기는 층 {name!r}의 활성화 함수 {activation!r}을(를) 훈련할 수 없습니다 (기울기가 없습니다)</translation>
        </message>
        <message>
            <source>the NumPy export needs a sigmoid or softmax output (or from_logits) for {loss}</source>
            <translation>NumPy 내보내기에서 {loss}에는 sigmoid 또는 softmax 출력(또는 from_logits)이 필요합니다</translation>
        </message>
        <message>
            <source>the NumPy export does not write regularizers; remove the {key} of layer {name!r} or export as Keras code</source>
            <translation>NumPy 내보내기는 규제를 쓰지 않습니다. 층 {name!r}의 {key}을(를) 없애거나 Keras 코드로 내보내세요</translation>
        </message>
        <message>
            <source>the NumPy export needs a Flatten before the Dense layer {name!r}</source>
            <translation>NumPy 내보내기에는 Dense 층 {name!r} 앞에 Flatten이 필요합니다</translation>
        </message>
        <message>
            <source>{path} holds something other than a training history (its first line does not start with {start!r}); writing the history would replace it: choose another file name</source>
            <translation>{path}에는 학습 기록이 아닌 다른 내용이 들어 있습니다(첫 줄이 {start!r}(으)로 시작하지 않습니다). 기록을 쓰면 그 내용이 지워지므로 다른 파일 이름을 고르세요</translation>
        </message>
        <message>
            <source>{path} is a folder; a history is written to a file</source>
            <translation>{path}은(는) 폴더입니다. 학습 기록은 파일에 씁니다</translation>
        </message>
        <message>
            <source>attribute {name!r} names {count} input features but the model takes inputs of shape {shape}</source>
            <translation>속성 {name!r}에는 입력 특성이 {count}개 있지만 모델의 입력 모양은 {shape}입니다</translation>
        </message>
        <message>
            <source>{what} declares {size:,} bytes but the file stores only {stored:,} bytes of it (chunks never written, or compressed more than {ratio} times); refused</source>
            <translation>{what}은(는) {size:,}바이트를 선언하지만 파일에는 그중 {stored:,}바이트만 저장되어 있습니다 (쓰이지 않은 청크이거나 {ratio}배 넘게 압축됨). 거부했습니다</translation>
        </message>
        <message>
            <source>attribute {name!r} is {count:,} characters of JSON, more than the {max_count:,} allowed</source>
            <translation>속성 {name!r}은(는) JSON {count:,}자로, 허용되는 {max_count:,}자보다 깁니다</translation>
        </message>
        <message>
            <source>{key} ignored: {problem}</source>
            <translation>{key}은(는) 쓰지 않았습니다: {problem}</translation>
        </message>
        <message>
            <source>the training config is not an object; ignored</source>
            <translation>학습 설정(training config)이 객체가 아니어서 쓰지 않았습니다</translation>
        </message>
        <message>
            <source>attribute {name!r}: {problem}</source>
            <translation>속성 {name!r}: {problem}</translation>
        </message>
        <message>
            <source>the model takes inputs of shape {shape}, not the {count} input features {names}</source>
            <translation>모델의 입력 모양 {shape}이(가) 입력 특성 {count}개({names})와 맞지 않습니다</translation>
        </message>
        <message>
            <source>the model config has no 'layers' list</source>
            <translation>모델 설정에 'layers' 목록이 없습니다</translation>
        </message>
        <message>
            <source>the model output {name!r} is not a layer of the model</source>
            <translation>모델 출력 {name!r}은(는) 모델의 층이 아닙니다</translation>
        </message>
        <message>
            <source>not a .keras file: a .keras model is a zip archive (it starts with 'PK')</source>
            <translation>.keras 파일이 아닙니다: .keras 모델은 zip 압축 파일입니다('PK'로 시작합니다)</translation>
        </message>
        <message>
            <source>not a readable .keras file: the zip archive is truncated (no end of central directory)</source>
            <translation>읽을 수 있는 .keras 파일이 아닙니다: zip 압축 파일이 잘려 있습니다(중앙 디렉터리의 끝이 없음)</translation>
        </message>
        <message>
            <source>the zip archive uses ZIP64 records; a .keras model within annstudio's budget never needs them</source>
            <translation>zip 압축 파일이 ZIP64 레코드를 사용합니다. annstudio의 한도 안의 .keras 모델에는 필요 없는 형식입니다</translation>
        </message>
        <message>
            <source>the zip archive lists {count:,} members in {size:,} bytes; a .keras model has {expected}</source>
            <translation>zip 압축 파일이 {size:,}바이트에 {count:,}개의 항목을 나열합니다. .keras 모델에는 {expected}만 있습니다</translation>
        </message>
        <message>
            <source>the archive member {name!r} declares {size:,} bytes, more than the {budget:,} bytes allowed for it</source>
            <translation>압축 파일 항목 {name!r}의 선언된 크기가 {size:,}바이트로, 허용된 {budget:,}바이트보다 큽니다</translation>
        </message>
        <message>
            <source>the archive member {name!r} inflates {stored:,} bytes to {size:,} bytes, more than {ratio} times (a zip bomb?); refused</source>
            <translation>압축 파일 항목 {name!r}이(가) {stored:,}바이트에서 {size:,}바이트로, {ratio}배 넘게 풀립니다(zip 폭탄?). 거부합니다</translation>
        </message>
        <message>
            <source>config.json is not an object</source>
            <translation>config.json이 객체가 아닙니다</translation>
        </message>
        <message>
            <source>config.json: unknown field(s) {names}</source>
            <translation>config.json: 알 수 없는 항목 {names}</translation>
        </message>
        <message>
            <source>metadata.json {name!r} names {count} input features but the model takes inputs of shape {shape}</source>
            <translation>metadata.json {name!r}은(는) 입력 특성 {count}개를 지정하지만 모델의 입력 모양은 {shape}입니다</translation>
        </message>
        <message>
            <source>no weights for {names}</source>
            <translation>{names}의 가중치가 없습니다</translation>
        </message>
        <message>
            <source>the file is damaged or not a Keras model file ({reason})</source>
            <translation>파일이 손상되었거나 Keras 모델 파일이 아닙니다({reason})</translation>
        </message>
        <message>
            <source>not a .keras zip archive: this is an HDF5 (.h5) file; name it .h5</source>
            <translation>.keras zip 압축 파일이 아닙니다: HDF5(.h5) 파일이므로 이름을 .h5로 바꾸세요</translation>
        </message>
        <message>
            <source>the archive member {name!r} points outside the archive (path traversal); refused</source>
            <translation>압축 파일 항목 {name!r}이(가) 압축 파일 밖을 가리킵니다(경로 탐색). 거부합니다</translation>
        </message>
        <message>
            <source>the archive member {name!r} is a folder; a .keras model holds only {expected}</source>
            <translation>압축 파일 항목 {name!r}은(는) 폴더입니다. .keras 모델에는 {expected}만 들어 있습니다</translation>
        </message>
        <message>
            <source>unexpected archive member {name!r}; a .keras model that annstudio reads holds only {expected}</source>
            <translation>예상하지 못한 압축 파일 항목 {name!r}. annstudio가 읽는 .keras 모델에는 {expected}만 들어 있습니다</translation>
        </message>
        <message>
            <source>the archive member {name!r} is not a regular file (a link?); refused</source>
            <translation>압축 파일 항목 {name!r}은(는) 일반 파일이 아닙니다(링크?). 거부합니다</translation>
        </message>
        <message>
            <source>the archive holds {name!r} twice</source>
            <translation>압축 파일에 {name!r}이(가) 두 번 들어 있습니다</translation>
        </message>
        <message>
            <source>the archive member {name!r} is encrypted</source>
            <translation>압축 파일 항목 {name!r}이(가) 암호화되어 있습니다</translation>
        </message>
        <message>
            <source>the archive member {name!r} uses compression method {method}; only stored and deflated members are read</source>
            <translation>압축 파일 항목 {name!r}은(는) 압축 방식 {method}을(를) 사용합니다. 무압축(stored)과 deflate 항목만 읽습니다</translation>
        </message>
        <message>
            <source> (its weights are in model.weights.npz, which annstudio does not read)</source>
            <translation> (가중치가 annstudio가 읽지 않는 model.weights.npz에 있습니다)</translation>
        </message>
        <message>
            <source>the archive has no {name!r}{extra}; not a Keras model file</source>
            <translation>압축 파일에 {name!r}이(가) 없습니다{extra}. Keras 모델 파일이 아닙니다</translation>
        </message>
        <message>
            <source>{name} is not valid JSON ({problem})</source>
            <translation>{name}이(가) 올바른 JSON이 아닙니다({problem})</translation>
        </message>
        <message>
            <source>config.json: compile_config is not an object</source>
            <translation>config.json: compile_config가 객체가 아닙니다</translation>
        </message>
        <message>
            <source>metadata.json is not an object</source>
            <translation>metadata.json이 객체가 아닙니다</translation>
        </message>
        <message>
            <source>{name} is not a readable HDF5 file ({reason})</source>
            <translation>{name}은(는) 읽을 수 있는 HDF5 파일이 아닙니다({reason})</translation>
        </message>
        <message>
            <source>the optimizer's state in the file is not used: training starts with a fresh one</source>
            <translation>파일에 저장된 옵티마이저 상태는 쓰지 않습니다. 학습은 새 상태에서 시작합니다</translation>
        </message>
        <message>
            <source>metadata.json {name!r}: {problem}</source>
            <translation>metadata.json의 {name!r}: {problem}</translation>
        </message>
        <message>
            <source>{label} holds numbers written with thousands separators ({count} of {rows} values, the first {field!r} at line {line}), which are not read as numbers — save the file without them (in Excel: Format Cells › Number, untick “Use 1000 Separator (,)”, then save as CSV again), or delete the commas</source>
            <translation>{label}에 천 단위 구분 기호(,)를 넣어 쓴 숫자가 있습니다 ({rows}개 값 중 {count}개, 처음은 {line}번째 줄의 {field!r}). 이런 값은 숫자로 읽히지 않습니다 — 구분 기호 없이 다시 저장하세요 (Excel: 셀 서식 › 숫자에서 “1000 단위 구분 기호(,) 사용”을 끄고 CSV로 다시 저장). 또는 쉼표를 지우세요</translation>
        </message>
        <message>
            <source>{title} was not found. Put its four IDX files ({idx_names}) or a Keras-style {npz} (arrays {arrays}) into one of these folders: {folders} — or choose their folder (in the Data panel: Folder; in a project file or on the command line: folder).</source>
            <translation>{title}을(를) 찾지 못했습니다. IDX 파일 네 개({idx_names}) 또는 Keras 형식의 {npz}(배열 {arrays})를 다음 폴더 중 하나에 넣으세요: {folders} — 또는 그 폴더를 지정하세요(데이터 패널: 폴더, 프로젝트 파일이나 명령줄: folder).</translation>
        </message>
        <message>
            <source>When online, let it download (in the Data panel: Download if missing; in a project file or on the command line: download=true): annstudio then fetches the files keras.datasets.{module}.load_data() uses into {target} (kept for next time).</source>
            <translation>인터넷에 연결되어 있으면 내려받게 하세요(데이터 패널: 없으면 내려받기, 프로젝트 파일이나 명령줄: download=true): annstudio가 keras.datasets.{module}.load_data()가 쓰는 파일을 {target}에 내려받습니다(다음에도 씁니다).</translation>
        </message>
        <message>
            <source>ModelCheckpoint file name {filepath!r:.100}: the name must end in .h5 or .keras (Keras and annstudio open a model file by its ending)</source>
            <translation>ModelCheckpoint 파일 이름 {filepath!r:.100}: 이름은 .h5나 .keras로 끝나야 합니다 (Keras와 annstudio는 끝부분을 보고 모델 파일을 엽니다)</translation>
        </message>
        <message>
            <source>{field} {value!r:.80}: {file} is a file, not a folder; choose another name</source>
            <translation>{field} {value!r:.80}: {file}은(는) 폴더가 아니라 파일입니다. 다른 이름을 고르세요</translation>
        </message>
        <message>
            <source>{field} {value!r:.80} is a file, not a folder; choose another name</source>
            <translation>{field} {value!r:.80}은(는) 폴더가 아니라 파일입니다. 다른 이름을 고르세요</translation>
        </message>
        <message>
            <source>{field} {value!r:.80} is a folder; name a file in it</source>
            <translation>{field} {value!r:.80}은(는) 폴더입니다. 그 안의 파일 이름을 적으세요</translation>
        </message>
        <message>
            <source>the TensorFlow backend cannot train this model: {problem}; rename it (the NumPy backend takes any name)</source>
            <translation>TensorFlow 백엔드는 이 모델을 학습할 수 없습니다: {problem}. 이름을 바꾸세요 (NumPy 백엔드는 어떤 이름이든 받습니다)</translation>
        </message>
        <message>
            <source>{path} holds something other than sweep results; writing them there would replace it: choose another file name</source>
            <translation>{path}에는 스윕 결과가 아닌 다른 내용이 들어 있습니다. 결과를 쓰면 그 내용이 지워지므로 다른 파일 이름을 고르세요</translation>
        </message>
        <message>
            <source>{key} became {value} at the end of epoch {epoch}: training diverged; the weights were restored to the start of epoch {epoch}.</source>
            <translation>에포크 {epoch}이(가) 끝날 때 {key}이(가) {value}이(가) 되었습니다: 학습이 발산했습니다. 가중치를 에포크 {epoch}의 시작 상태로 되돌렸습니다.</translation>
        </message>
        <message>
            <source>model name: {problem}; rename the model to export Keras code</source>
            <translation>모델 이름: {problem}. Keras 코드로 내보내려면 모델 이름을 바꾸세요</translation>
        </message>
        <message>
            <source>layer {name!r}: {problem}; rename the layer to export Keras code</source>
            <translation>층 {name!r}: {problem}. Keras 코드로 내보내려면 층 이름을 바꾸세요</translation>
        </message>
        <message>
            <source>line {value} holds {bad!r}, which is not a finite number</source>
            <translation>{value}번째 줄의 {bad!r}은(는) 유한한 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>line {value} has {count} values, the first row has {width}</source>
            <translation>{value}번째 줄에 값이 {count}개 있습니다. 첫 행에는 {width}개가 있습니다</translation>
        </message>
        <message>
            <source>line {value} holds {bad!r}, which is not a number</source>
            <translation>{value}번째 줄의 {bad!r}은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>metrics not used: {names} (annstudio computes accuracy, mae and mse)</source>
            <translation>쓰지 않는 지표: {names} (annstudio는 accuracy, mae, mse를 계산합니다)</translation>
        </message>
        <message>
            <source>{where} holds {found} but layer {layer!r} has {count} weight(s) ({names})</source>
            <translation>{where}에는 {found}이(가) 있지만 층 {layer!r}의 가중치는 {count}개입니다({names})</translation>
        </message>
        <message>
            <source>the archive member {name!r} inflates to more than the {size:,} bytes it declares; refused</source>
            <translation>압축 파일 항목 {name!r}이(가) 선언한 {size:,}바이트보다 크게 풀립니다. 거부합니다</translation>
        </message>
        <message>
            <source>not a readable .keras file: the zip archive is damaged or truncated ({reason})</source>
            <translation>읽을 수 있는 .keras 파일이 아닙니다: zip 압축 파일이 손상되었거나 잘려 있습니다({reason})</translation>
        </message>
        <message>
            <source>Plain gradient descent with η = {lr}, starting at {name} = {w}: after one step, what is {name}?</source>
            <translation>학습률 η = {lr}인 기본 경사하강법이 {name} = {w}에서 시작합니다. 한 스텝 뒤 {name}의 값은 얼마일까요?</translation>
        </message>
        <message>
            <source>The slope there is ∂L/∂{name} = {g}, so {name} − η·∂L/∂{name} = {w} − {lr} × {g} = {new}.</source>
            <translation>그 점의 기울기는 ∂L/∂{name} = {g}이므로 {name} − η·∂L/∂{name} = {w} − {lr} × {g} = {new}입니다.</translation>
        </message>
        <message>
            <source>not a text file in UTF-8 or CP949 encoding; save it as 'CSV UTF-8'</source>
            <translation>UTF-8 또는 CP949 인코딩의 텍스트 파일이 아닙니다. 'CSV UTF-8' 형식으로 저장하세요</translation>
        </message>
        <message>
            <source>crawling: {steps} steps took the loss from {start} to {end}; a larger learning rate would get there sooner</source>
            <translation>느리게 기어감: {steps} 스텝 동안 손실이 {start}에서 {end}(으)로 줄었을 뿐입니다. 학습률을 키우면 더 빨리 도착합니다</translation>
        </message>
        <message>
            <source>Plain gradient descent with η = {lr}, from where the walk is now ({name} = {w}, {other} = {b}): after the next step, what is {name}?</source>
            <translation>학습률 η = {lr}인 기본 경사하강법이 지금 위치({name} = {w}, {other} = {b})에서 한 스텝 더 갑니다. 다음 스텝 뒤 {name}의 값은 얼마일까요?</translation>
        </message>
        <message>
            <source>press Step or Run to take steps</source>
            <translation>한 스텝 또는 실행을 눌러 내려가 보세요</translation>
        </message>
        <message>
            <source>oscillating: after {steps} steps it still jumps from side to side of the valley; try a smaller learning rate</source>
            <translation>진동: {steps} 스텝이 지나도 골짜기 양쪽을 오가며 뜁니다. 학습률을 줄여 보세요</translation>
        </message>
        <message>
            <source>oscillating: the loss went up on {rises} of the {steps} steps, each time the path swung past the bottom of the valley and back; try a smaller learning rate (or, with momentum, less of it)</source>
            <translation>진동: {steps} 스텝 가운데 {rises} 스텝에서 손실이 올라갔습니다. 그때마다 경로가 골짜기 바닥을 지나쳤다가 되돌아왔습니다. 학습률을 줄여 보세요 (모멘텀이 있다면 모멘텀도)</translation>
        </message>
        <message>
            <source>nearly there: {steps} steps took the loss from {start} to {end}, and the last {last} changed it by less than 1 % of that; it is close to the bottom, where the slope, and so each step, is small</source>
            <translation>거의 도착: {steps} 스텝 동안 손실이 {start}에서 {end}(으)로 줄었고, 마지막 {last} 스텝의 변화는 그 1 %에도 못 미칩니다. 바닥 가까이라 기울기가 작고, 그래서 한 스텝도 작습니다</translation>
        </message>
        <message>
            <source>diverged at step {step}: each step overshoots further; use a smaller learning rate</source>
            <translation>{step} 스텝에서 발산: 스텝마다 최솟값을 점점 더 멀리 넘어갑니다. 학습률을 줄이세요</translation>
        </message>
        <message>
            <source>converged in {steps} steps (loss {loss})</source>
            <translation>{steps} 스텝 만에 수렴 (손실 {loss})</translation>
        </message>
        <message>
            <source>one step so far: the loss went from {start} to {end}; take a few more to see what this learning rate does</source>
            <translation>지금까지 1 스텝: 손실이 {start}에서 {end}(으)로 바뀌었습니다. 이 학습률이 어떻게 움직이는지 보려면 몇 스텝 더 가 보세요</translation>
        </message>
        <message>
            <source>{steps} steps so far: the loss went from {start} to {end}; take a few more to see what this learning rate does</source>
            <translation>지금까지 {steps} 스텝: 손실이 {start}에서 {end}(으)로 바뀌었습니다. 이 학습률이 어떻게 움직이는지 보려면 몇 스텝 더 가 보세요</translation>
        </message>
        <message>
            <source>a comparison</source>
            <translation>비교</translation>
        </message>
        <message>
            <source>and/or</source>
            <translation>and/or 논리 연산</translation>
        </message>
        <message>
            <source>if–else</source>
            <translation>if–else 조건식</translation>
        </message>
        <message>
            <source>a comma (tuple)</source>
            <translation>쉼표 (튜플)</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>리스트</translation>
        </message>
        <message>
            <source>a dictionary</source>
            <translation>딕셔너리</translation>
        </message>
        <message>
            <source>a set</source>
            <translation>집합</translation>
        </message>
        <message>
            <source>an assignment (:=)</source>
            <translation>대입 (:=)</translation>
        </message>
        <message>
            <source>a starred argument</source>
            <translation>별표 인자</translation>
        </message>
        <message>
            <source>await</source>
            <translation>await 구문</translation>
        </message>
        <message>
            <source>yield</source>
            <translation>yield 구문</translation>
        </message>
        <message>
            <source>a slice</source>
            <translation>슬라이스</translation>
        </message>
        <message>
            <source>Type an expression, e.g. (x + y) * z.</source>
            <translation>식을 입력하세요. 예: (x + y) * z</translation>
        </message>
        <message>
            <source>The expression is too long: {length} characters, at most {limit}.</source>
            <translation>식이 너무 깁니다: {length}자 (최대 {limit}자).</translation>
        </message>
        <message>
            <source>The expression is nested too deeply (at most {limit} levels).</source>
            <translation>식이 너무 깊게 중첩되었습니다 (최대 {limit}단계).</translation>
        </message>
        <message>
            <source>The expression is too big: {count} parts, at most {limit}.</source>
            <translation>식이 너무 큽니다: 구성 요소 {count}개 (최대 {limit}개).</translation>
        </message>
        <message>
            <source>Text in quotes ({text!r} at column {col}) is not allowed: only numbers and names.</source>
            <translation>따옴표 안의 글자({col}번째 열의 {text!r})는 쓸 수 없습니다. 숫자와 이름만 쓸 수 있습니다.</translation>
        </message>
        <message>
            <source>{text!r} at column {col} is not a real number.</source>
            <translation>{col}번째 열의 {text!r}은(는) 실수가 아닙니다.</translation>
        </message>
        <message>
            <source>The number {text!r} at column {col} is too large (at most {limit} in size).</source>
            <translation>{col}번째 열의 수 {text!r}이(가) 너무 큽니다 (크기는 최대 {limit}).</translation>
        </message>
        <message>
            <source>{text!r} at column {col} is a function: write {text}(…).</source>
            <translation>{col}번째 열의 {text!r}은(는) 함수입니다. {text}(…)처럼 쓰세요.</translation>
        </message>
        <message>
            <source>The name {text!r} at column {col} is not allowed: names may not start with _.</source>
            <translation>{col}번째 열의 이름 {text!r}은(는) 쓸 수 없습니다. 이름은 _로 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>The name at column {col} is too long (at most {limit} characters).</source>
            <translation>{col}번째 열의 이름이 너무 깁니다 (최대 {limit}자).</translation>
        </message>
        <message>
            <source>Attribute access ({text!r} at column {col}) is not allowed: use plain names like x.</source>
            <translation>속성 접근({col}번째 열의 {text!r})은 쓸 수 없습니다. x 같은 단순한 이름을 쓰세요.</translation>
        </message>
        <message>
            <source>Unknown function in {text!r} at column {col}: only {allowed} can be called.</source>
            <translation>{col}번째 열의 {text!r}에 모르는 함수가 있습니다. 호출할 수 있는 함수는 {allowed}뿐입니다.</translation>
        </message>
        <message>
            <source>{name}() at column {col} takes exactly one argument.</source>
            <translation>{col}번째 열의 {name}()에는 인자가 정확히 하나 있어야 합니다.</translation>
        </message>
        <message>
            <source>The expression cannot be read at column {col}: check the brackets and operators there.</source>
            <translation>{col}번째 열에서 식을 읽을 수 없습니다. 그 부분의 괄호와 연산자를 확인하세요.</translation>
        </message>
        <message>
            <source>The operator in {text!r} at column {col} is not allowed: use + − × ÷ and powers.</source>
            <translation>{col}번째 열의 {text!r}에 있는 연산자는 쓸 수 없습니다. + − × ÷ 와 거듭제곱을 쓰세요.</translation>
        </message>
        <message>
            <source>Too many variables: at most {limit}.</source>
            <translation>변수가 너무 많습니다 (최대 {limit}개).</translation>
        </message>
        <message>
            <source>The exponent in {text!r} at column {col} must be one number between −{limit} and {limit}.</source>
            <translation>{col}번째 열의 {text!r}에서 지수는 −{limit}부터 {limit} 사이의 수 하나여야 합니다.</translation>
        </message>
        <message>
            <source>Indexing with [ ] ({text!r} at column {col}) is not allowed.</source>
            <translation>[ ]로 인덱싱하기({col}번째 열의 {text!r})는 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>A lambda ({text!r} at column {col}) is not allowed.</source>
            <translation>lambda({col}번째 열의 {text!r})는 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>A comprehension ({text!r} at column {col}) is not allowed.</source>
            <translation>컴프리헨션({col}번째 열의 {text!r})은 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>this construct</source>
            <translation>이 구문</translation>
        </message>
        <message>
            <source>exp underflowed: e to a power below about −745 is smaller than the smallest float, so every exp became 0 and so did their sum; 0 / 0 is not a number: the result is nan</source>
            <translation>exp 언더플로: 지수가 약 −745보다 작으면 e의 거듭제곱이 가장 작은 부동소수점 수보다 작아 0이 됩니다. exp가 모두 0이라 합도 0이고, 0 / 0은 숫자가 아니므로 결과는 nan입니다</translation>
        </message>
        <message>
            <source>exp overflowed: e to a power above about 709 is larger than the largest float, so it became inf</source>
            <translation>exp 오버플로: 지수가 약 709보다 크면 e의 거듭제곱이 가장 큰 부동소수점 수를 넘어 inf가 됩니다</translation>
        </message>
        <message>
            <source>inf / inf is not a number: the result is nan</source>
            <translation>inf / inf는 숫자가 아니므로 결과는 nan입니다</translation>
        </message>
        <message>
            <source>type one number in a cell, not {count}</source>
            <translation>칸에는 숫자를 하나만 입력하세요 ({count}개를 입력했습니다)</translation>
        </message>
        <message>
            <source>{value} is too large: a cell takes numbers from -1e6 to 1e6</source>
            <translation>{value}은(는) 너무 큽니다: 칸에는 -1e6부터 1e6까지의 숫자만 넣을 수 있습니다</translation>
        </message>
        <message>
            <source>layer {k}: {shapes} does not fit: the inner sizes {n} and {m} differ</source>
            <translation>{k}층: {shapes}은(는) 계산할 수 없습니다: 안쪽 크기 {n}과(와) {m}이(가) 다릅니다</translation>
        </message>
        <message>
            <source>one sample of the data, as the model receives it</source>
            <translation>모델이 받는 그대로의 데이터 샘플 하나</translation>
        </message>
        <message>
            <source>applies {activation} to every value</source>
            <translation>모든 값에 {activation}을(를) 적용합니다</translation>
        </message>
        <message>
            <source>passed through: dropout only zeroes values while training</source>
            <translation>그대로 통과: 드롭아웃은 훈련 중에만 값을 0으로 만듭니다</translation>
        </message>
        <message>
            <source>the same values, reshaped into one vector</source>
            <translation>같은 값들을 벡터 하나로 펼친 것</translation>
        </message>
        <message>
            <source>its inputs side by side: {inputs}</source>
            <translation>입력들을 나란히 이어 붙인 것: {inputs}</translation>
        </message>
        <message>
            <source>(x − moving mean) / √(moving variance + ε) · γ + β, with the stored statistics</source>
            <translation>저장된 통계로 계산한 (x − 이동 평균) / √(이동 분산 + ε) · γ + β</translation>
        </message>
        <message>
            <source>x · {scale} + {offset} for every value</source>
            <translation>모든 값에 x · {scale} + {offset}</translation>
        </message>
        <message>
            <source>the forward pass lab cannot trace a {kind} layer yet</source>
            <translation>순전파 실습은 아직 {kind} 층을 따라갈 수 없습니다</translation>
        </message>
        <message>
            <source>the number is too large</source>
            <translation>수가 너무 큽니다</translation>
        </message>
        <message>
            <source>ReLU: max({a}, 0) = {y}.</source>
            <translation>ReLU 함수: max({a}, 0) = {y}.</translation>
        </message>
        <message>
            <source>ReLU passes the gradient where its input is positive and blocks it elsewhere: input {a}, so it sends {ga}.</source>
            <translation>ReLU는 입력이 양수일 때만 기울기를 그대로 보내고, 아니면 막습니다: 입력이 {a}이므로 보내는 값은 {ga}입니다.</translation>
        </message>
        <message>
            <source>One item: apples with tax</source>
            <translation>한 가지 상품: 사과와 소비세</translation>
        </message>
        <message>
            <source>Two items: apples and oranges with tax</source>
            <translation>두 가지 상품: 사과, 귤과 소비세</translation>
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
            <translation>0으로 나누기</translation>
        </message>
        <message>
            <source>log needs a positive input</source>
            <translation>log의 입력은 양수여야 합니다</translation>
        </message>
        <message>
            <source>0 to a negative power, or a negative number to a fractional power, or too large</source>
            <translation>0의 음수 거듭제곱, 음수의 분수 거듭제곱이거나 수가 너무 큽니다</translation>
        </message>
        <message>
            <source>Add: {a} + {b} = {y}; the sum goes onto the outgoing edge.</source>
            <translation>덧셈: {a} + {b} = {y}. 합이 나가는 에지에 놓입니다.</translation>
        </message>
        <message>
            <source>Subtract: {a} − {b} = {y}.</source>
            <translation>뺄셈: {a} − {b} = {y}.</translation>
        </message>
        <message>
            <source>Multiply: {a} × {b} = {y}; the product goes onto the outgoing edge.</source>
            <translation>곱셈: {a} × {b} = {y}. 곱이 나가는 에지에 놓입니다.</translation>
        </message>
        <message>
            <source>Divide: {a} ÷ {b} = {y}.</source>
            <translation>나눗셈: {a} ÷ {b} = {y}.</translation>
        </message>
        <message>
            <source>Negate: −({a}) = {y}.</source>
            <translation>부호 바꾸기: −({a}) = {y}.</translation>
        </message>
        <message>
            <source>Power: {a} ^ {n} = {y}.</source>
            <translation>거듭제곱: {a} ^ {n} = {y}.</translation>
        </message>
        <message>
            <source>Exponential: exp({a}) = {y}.</source>
            <translation>지수 함수: exp({a}) = {y}.</translation>
        </message>
        <message>
            <source>Natural logarithm: log({a}) = {y}.</source>
            <translation>자연로그: log({a}) = {y}.</translation>
        </message>
        <message>
            <source>Sigmoid: σ({a}) = 1 / (1 + exp(−{a})) = {y}.</source>
            <translation>시그모이드: σ({a}) = 1 / (1 + exp(−{a})) = {y}.</translation>
        </message>
        <message>
            <source>Hyperbolic tangent: tanh({a}) = {y}.</source>
            <translation>쌍곡 탄젠트: tanh({a}) = {y}.</translation>
        </message>
        <message>
            <source>Add passes the gradient on unchanged: each input gets {g}.</source>
            <translation>덧셈 노드는 기울기를 그대로 흘려보냅니다: 각 입력이 받는 값은 {g}입니다.</translation>
        </message>
        <message>
            <source>Subtract passes the gradient to the first input and its negative to the second: {ga} and {gb}.</source>
            <translation>뺄셈 노드는 첫 입력에 기울기를, 둘째 입력에 그 부호를 바꾼 값을 보냅니다: {ga}, {gb}.</translation>
        </message>
        <message>
            <source>Multiply sends each input the gradient times the other input: {g} × {b} = {ga} and {g} × {a} = {gb}.</source>
            <translation>곱셈 노드는 각 입력에 기울기 × 다른 쪽 입력을 보냅니다 (입력을 서로 바꿔 곱함): {g} × {b} = {ga}, {g} × {a} = {gb}.</translation>
        </message>
        <message>
            <source>Divide (y = a ÷ b): a gets g ÷ b = {g} ÷ {b} = {ga}; b gets −g·a ÷ b² = {gb}.</source>
            <translation>나눗셈 (y = a ÷ b): a가 받는 값은 g ÷ b = {g} ÷ {b} = {ga}, b가 받는 값은 −g·a ÷ b² = {gb}입니다.</translation>
        </message>
        <message>
            <source>Negate sends the gradient back with its sign flipped: {ga}.</source>
            <translation>부호 바꾸기 노드는 기울기의 부호를 바꿔 보냅니다: {ga}.</translation>
        </message>
        <message>
            <source>Power (y = a^n) sends g·n·a^(n−1) = {g} × {n} × {a}^{n1} = {ga}.</source>
            <translation>거듭제곱 (y = a^n)이 보내는 값: g·n·a^(n−1) = {g} × {n} × {a}^{n1} = {ga}.</translation>
        </message>
        <message>
            <source>Exp is its own derivative: the input gets g·y = {g} × {y} = {ga}.</source>
            <translation>exp의 미분은 자기 자신입니다: 입력이 받는 값은 g·y = {g} × {y} = {ga}입니다.</translation>
        </message>
        <message>
            <source>Log sends g ÷ a = {g} ÷ {a} = {ga}.</source>
            <translation>log가 보내는 값: g ÷ a = {g} ÷ {a} = {ga}.</translation>
        </message>
        <message>
            <source>Sigmoid sends g·y(1 − y) = {g} × {y} × (1 − {y}) = {ga}.</source>
            <translation>시그모이드가 보내는 값: g·y(1 − y) = {g} × {y} × (1 − {y}) = {ga}.</translation>
        </message>
        <message>
            <source>Tanh sends g·(1 − y²) = {g} × (1 − {y}²) = {ga}.</source>
            <translation>쌍곡 탄젠트가 보내는 값: g·(1 − y²) = {g} × (1 − {y}²) = {ga}.</translation>
        </message>
        <message>
            <source>apple price</source>
            <translation>사과 가격</translation>
        </message>
        <message>
            <source>apples</source>
            <translation>사과 개수</translation>
        </message>
        <message>
            <source>tax</source>
            <translation>소비세</translation>
        </message>
        <message>
            <source>total</source>
            <translation>총액</translation>
        </message>
        <message>
            <source>orange price</source>
            <translation>귤 가격</translation>
        </message>
        <message>
            <source>oranges</source>
            <translation>귤 개수</translation>
        </message>
        <message>
            <source>Press Forward step: each operation computes its value from the values coming in.</source>
            <translation>순전파 한 단계를 누르세요: 각 연산 노드가 들어오는 값으로 자기 값을 계산합니다.</translation>
        </message>
        <message>
            <source>Start at the output: ∂{out}/∂{out} = 1, the gradient on the last edge.</source>
            <translation>출력에서 시작합니다: ∂{out}/∂{out} = 1이 마지막 에지의 기울기입니다.</translation>
        </message>
        <message>
            <source>{var} feeds {count} edges, so its gradient is their sum: {parts} = {total}.</source>
            <translation>{var}은(는) 에지 {count}개로 나가므로 기울기는 그 합입니다: {parts} = {total}.</translation>
        </message>
        <message>
            <source>What is ∂{out}/∂{var}? Type it before the backward pass.</source>
            <translation>∂{out}/∂{var}의 값은 얼마일까요? 역전파 전에 입력해 보세요.</translation>
        </message>
        <message>
            <source>What is ∂{out}/∂{var}? The backward pass shows it already; press Reset to work it out before it does.</source>
            <translation>∂{out}/∂{var}의 값은 얼마일까요? 역전파가 이미 보여 주고 있습니다. 먼저 계산해 보려면 '처음으로'를 누르세요.</translation>
        </message>
        <message>
            <source>Multiply the local gradients along the path from {out} back to {var}: {chain} = {total}.</source>
            <translation>{out}에서 {var}까지 거꾸로 가며 국소 미분을 곱합니다: {chain} = {total}.</translation>
        </message>
        <message>
            <source>Multiply the local gradients along the path from {out} back to {var}: {total}.</source>
            <translation>{out}에서 {var}까지 거꾸로 가며 국소 미분을 곱합니다: {total}.</translation>
        </message>
        <message>
            <source>This graph cannot be computed at these values: {why} (at the {node} node).</source>
            <translation>이 값들로는 그래프를 계산할 수 없습니다: {why} ({node} 노드).</translation>
        </message>
        <message>
            <source>target t</source>
            <translation>목표값 t</translation>
        </message>
        <message>
            <source>w ← w − η ∂L/∂w = {w} − {eta} × {gw} = {nw}
b ← b − η ∂L/∂b = {b} − {eta} × {gb} = {nb}</source>
            <translation>w ← w − η ∂L/∂w = {w} − {eta} × {gw} = {nw}
b ← b − η ∂L/∂b = {b} − {eta} × {gb} = {nb}</translation>
        </message>
        <message>
            <source>{terms} = {total} &gt; θ = {theta}: yes, go out</source>
            <translation>{terms} = {total} &gt; θ = {theta}: 예, 나간다</translation>
        </message>
        <message>
            <source>{terms} = {total} ≤ θ = {theta}: no, stay home</source>
            <translation>{terms} = {total} ≤ θ = {theta}: 아니요, 집에 있는다</translation>
        </message>
        <message>
            <source>Weights ({weights}), inputs ({inputs}): what is the weighted sum?</source>
            <translation>가중치 ({weights}), 입력 ({inputs}): 가중합은?</translation>
        </message>
        <message>
            <source>z = w1·x1 + w2·x2 + b = {w1}·{x1} + {w2}·{x2} + ({b}) = {z}; {why}</source>
            <translation>z = w1·x1 + w2·x2 + b = {w1}·{x1} + {w2}·{x2} + ({b}) = {z}; {why}</translation>
        </message>
        <message>
            <source>z = {z} ≥ 0, so the output is +1</source>
            <translation>z = {z} ≥ 0 이므로 출력은 +1</translation>
        </message>
        <message>
            <source>z = {z} &lt; 0, so the output is −1</source>
            <translation>z = {z} &lt; 0 이므로 출력은 −1</translation>
        </message>
        <message>
            <source>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} ≤ θ = {theta}, so the output is 0</source>
            <translation>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} ≤ θ = {theta} 이므로 출력은 0</translation>
        </message>
        <message>
            <source>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} &lt; θ = {theta}, so the output is 0</source>
            <translation>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} &lt; θ = {theta} 이므로 출력은 0</translation>
        </message>
        <message>
            <source>What is z = w1·x1 + w2·x2 + b for the input ({x1}, {x2})?</source>
            <translation>입력 ({x1}, {x2})에서 z = w1·x1 + w2·x2 + b 는?</translation>
        </message>
        <message>
            <source>z = {z} ≥ 0, so the output is 1</source>
            <translation>z = {z} ≥ 0 이므로 출력은 1</translation>
        </message>
        <message>
            <source>z = {z} &lt; 0, so the output is 0</source>
            <translation>z = {z} &lt; 0 이므로 출력은 0</translation>
        </message>
        <message>
            <source>z = {z} &gt; 0, so the output is 1</source>
            <translation>z = {z} &gt; 0 이므로 출력은 1</translation>
        </message>
        <message>
            <source>z = {z} ≤ 0, so the output is 0</source>
            <translation>z = {z} ≤ 0 이므로 출력은 0</translation>
        </message>
        <message>
            <source>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} &gt; θ = {theta}, so the output is 1</source>
            <translation>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} &gt; θ = {theta} 이므로 출력은 1</translation>
        </message>
        <message>
            <source>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} ≥ θ = {theta}, so the output is 1</source>
            <translation>w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} ≥ θ = {theta} 이므로 출력은 1</translation>
        </message>
        <message>
            <source>With these weights (w1 = {w1}, w2 = {w2}, θ = {theta}), what does the unit output for ({x1}, {x2})?</source>
            <translation>이 가중치(w1 = {w1}, w2 = {w2}, θ = {theta})에서 입력 ({x1}, {x2})에 대한 유닛의 출력은?</translation>
        </message>
        <message>
            <source>What is the weighted sum w·x = w1·x1 + w2·x2 for the input ({x1}, {x2})?</source>
            <translation>입력 ({x1}, {x2})에서 가중합 w·x = w1·x1 + w2·x2 는?</translation>
        </message>
        <message>
            <source>epoch {epoch}, sample {n}: x = ({x}), z = {z}, ŷ = {yhat}, y = {y}</source>
            <translation>에포크 {epoch}, 샘플 {n}: x = ({x}), z = {z}, ŷ = {yhat}, y = {y}</translation>
        </message>
        <message>
            <source>Next: sample {n}, x = ({x}), target y = {y}. What is w1 after this step?</source>
            <translation>다음: 샘플 {n}, x = ({x}), 목표 y = {y}. 이 단계 후의 w1은?</translation>
        </message>
        <message>
            <source>{a}
{b}</source>
            <translation>{a}
{b}</translation>
        </message>
        <message>
            <source>y − ŷ = {err}: wrong, so w ← w + η(y − ŷ)x and b ← b + η(y − ŷ)</source>
            <translation>y − ŷ = {err}: 틀렸으므로 w ← w + η(y − ŷ)x, b ← b + η(y − ŷ)</translation>
        </message>
        <message>
            <source>b = {old} + {eta}·({err}) = {new}</source>
            <translation>b = {old} + {eta}·({err}) = {new}</translation>
        </message>
        <message>
            <source>Epoch {epoch}, sample {n} of {total}; mistakes per finished epoch: {errors}.</source>
            <translation>에포크 {epoch}, 샘플 {n}/{total}; 끝난 에포크별 오류 수: {errors}.</translation>
        </message>
        <message>
            <source>ŷ = y: right, so nothing changes</source>
            <translation>ŷ = y: 맞았으므로 바뀌는 것이 없음</translation>
        </message>
        <message>
            <source>w{i} = {old} + {eta}·({err})·{x} = {new}</source>
            <translation>w{i} = {old} + {eta}·({err})·{x} = {new}</translation>
        </message>
        <message>
            <source>The weights after epoch {later} are those after epoch {earlier}: the rule goes round in a circle.</source>
            <translation>에포크 {later} 후의 가중치가 에포크 {earlier} 후와 같습니다: 학습 규칙이 같은 자리를 맴돕니다.</translation>
        </message>
        <message>
            <source>type a number first</source>
            <translation>먼저 숫자를 입력하세요</translation>
        </message>
        <message>
            <source>{part!r} is not a number</source>
            <translation>{part!r}은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>정답입니다!</translation>
        </message>
        <message>
            <source>Not quite — look at the working.</source>
            <translation>아쉽네요 — 풀이를 확인해 보세요.</translation>
        </message>
        <message>
            <source>{part!r} is too large to be a number here</source>
            <translation>{part!r}은(는) 여기서 쓰기에 너무 큰 수입니다</translation>
        </message>
        <message>
            <source>the model reads the columns {names} of its data file ({count} columns, or its {width} features as numbers); the file has {found} columns</source>
            <translation>이 모델은 데이터 파일의 {names} 열({count}개 열, 또는 숫자로 된 특성 {width}개)을 읽습니다. 이 파일에는 열이 {found}개 있습니다</translation>
        </message>
        <message>
            <source>{key} must be true or false, got {value!r}</source>
            <translation>{key}은(는) true 또는 false여야 합니다 (입력값: {value!r})</translation>
        </message>
        <message>
            <source>{path}: not a valid project file (JSON error at line {line}, column {column}: {problem})</source>
            <translation>{path}: 올바른 프로젝트 파일이 아닙니다 ({line}번째 줄 {column}번째 글자의 JSON 오류: {problem})</translation>
        </message>
        <message>
            <source>{path}: not a valid project file ({problem})</source>
            <translation>{path}: 올바른 프로젝트 파일이 아닙니다 ({problem})</translation>
        </message>
        <message>
            <source>unknown layer kind {kind!r}</source>
            <translation>알 수 없는 층 종류 {kind!r}</translation>
        </message>
        <message>
            <source>a layer name cannot be empty</source>
            <translation>층 이름은 비워 둘 수 없습니다</translation>
        </message>
        <message>
            <source>the name {name!r} is already used by another layer</source>
            <translation>이름 {name!r}은(는) 이미 다른 층이 쓰고 있습니다</translation>
        </message>
        <message>
            <source>layer {layer!r}: {problem}</source>
            <translation>층 {layer!r}: {problem}</translation>
        </message>
        <message>
            <source>the JSON text nests {depth} levels deep; at most {max_depth} are accepted</source>
            <translation>JSON이 {depth}단계로 중첩되어 있습니다. 최대 {max_depth}단계까지 받습니다</translation>
        </message>
        <message>
            <source>the JSON text nests too deeply; at most {max_depth} levels are accepted</source>
            <translation>JSON이 너무 깊게 중첩되어 있습니다. 최대 {max_depth}단계까지 받습니다</translation>
        </message>
        <message>
            <source>the JSON text holds a number that cannot be read ({problem})</source>
            <translation>JSON에 읽을 수 없는 수가 있습니다 ({problem})</translation>
        </message>
        <message>
            <source>activation {value!r} has no Keras equivalent; Keras knows {names}</source>
            <translation>활성화 함수 {value!r}은(는) Keras에 대응하는 것이 없습니다. Keras가 아는 것: {names}</translation>
        </message>
        <message>
            <source>unsupported input shape {value!r} (need fixed positive sizes)</source>
            <translation>지원하지 않는 입력 모양 {value!r} (고정된 양의 크기여야 합니다)</translation>
        </message>
        <message>
            <source>a layer config must be an object, got {type}</source>
            <translation>층 설정은 객체여야 합니다 ({type})</translation>
        </message>
        <message>
            <source>a Lambda layer (it would run code stored in the file)</source>
            <translation>Lambda 층 (파일에 저장된 코드를 실행하게 됩니다)</translation>
        </message>
        <message>
            <source>the layer class {cls!r}</source>
            <translation>층 클래스 {cls!r}</translation>
        </message>
        <message>
            <source>{what} is not supported; annstudio reads {names}</source>
            <translation>{what}은(는) 지원하지 않습니다. annstudio가 읽는 층: {names}</translation>
        </message>
        <message>
            <source>layer class {cls!r} comes from {module!r} / {value!r}, not from Keras</source>
            <translation>층 클래스 {cls!r}은(는) Keras가 아니라 {module!r} / {value!r}에서 왔습니다</translation>
        </message>
        <message>
            <source>the {cls} layer config has no name</source>
            <translation>{cls} 층 설정에 이름이 없습니다</translation>
        </message>
        <message>
            <source>unsupported initializer {value!r}</source>
            <translation>지원하지 않는 초기화 방법 {value!r}</translation>
        </message>
        <message>
            <source>unsupported initializer config {value!r}</source>
            <translation>지원하지 않는 초기화 설정 {value!r}</translation>
        </message>
        <message>
            <source>activation {value!r} is not supported; expected one of {names}</source>
            <translation>활성화 함수 {value!r}은(는) 지원하지 않습니다. 다음 중 하나여야 합니다: {names}</translation>
        </message>
        <message>
            <source>unknown setting {key!r} in the {cls} layer config</source>
            <translation>{cls} 층 설정의 알 수 없는 설정 {key!r}</translation>
        </message>
        <message>
            <source>{key}={value!r} is not supported (only {allowed!r})</source>
            <translation>{key}={value!r}은(는) 지원하지 않습니다 ({allowed!r}만 가능)</translation>
        </message>
        <message>
            <source>the model class {cls!r} is not supported; annstudio reads Sequential and Functional models</source>
            <translation>모델 클래스 {cls!r}은(는) 지원하지 않습니다. annstudio는 Sequential과 Functional 모델을 읽습니다</translation>
        </message>
        <message>
            <source>unsupported call argument {value!r:.100} (only layer outputs may be passed)</source>
            <translation>지원하지 않는 호출 인자 {value!r:.100} (층의 출력만 넘길 수 있습니다)</translation>
        </message>
        <message>
            <source>dtype must be one of {names}, got {dtype!r}</source>
            <translation>dtype은 {names} 중 하나여야 합니다 (입력값: {dtype!r})</translation>
        </message>
        <message>
            <source>a Keras model config must be an object with 'class_name' and 'config'</source>
            <translation>Keras 모델 설정은 'class_name'과 'config'가 있는 객체여야 합니다</translation>
        </message>
        <message>
            <source>model class {cls!r} comes from {module!r} / {registered!r}, not from Keras</source>
            <translation>모델 클래스 {cls!r}은(는) Keras가 아니라 {module!r} / {registered!r}에서 왔습니다</translation>
        </message>
        <message>
            <source>Sequential model {name!r}</source>
            <translation>Sequential 모델 {name!r}</translation>
        </message>
        <message>
            <source>Functional model</source>
            <translation>Functional 모델</translation>
        </message>
        <message>
            <source>a {value!r} layer has no name</source>
            <translation>{value!r} 층에 이름이 없습니다</translation>
        </message>
        <message>
            <source>unknown setting(s) {names} in the {what} config</source>
            <translation>{what} 설정의 알 수 없는 설정 {names}</translation>
        </message>
        <message>
            <source>the Sequential model {name!r} has neither an InputLayer nor a build_input_shape</source>
            <translation>Sequential 모델 {name!r}에 InputLayer도 build_input_shape도 없습니다</translation>
        </message>
        <message>
            <source>'{what}' must list [layer, node, tensor] entries, got {value!r:.100}</source>
            <translation>'{what}'은(는) [층, 노드, 텐서] 항목의 목록이어야 합니다 (입력값: {value!r:.100})</translation>
        </message>
        <message>
            <source>unreadable input reference {ref!r:.100}</source>
            <translation>읽을 수 없는 입력 참조 {ref!r:.100}</translation>
        </message>
        <message>
            <source>takes output {ref} of call {ref2} of {ref3!r}; shared layers (called more than once) and multi-output layers are not supported</source>
            <translation>{ref3!r}의 {ref2}번째 호출의 {ref}번째 출력을 받습니다. 공유 층(두 번 이상 호출)과 출력이 여러 개인 층은 지원하지 않습니다</translation>
        </message>
        <message>
            <source>unreadable call arguments {kwargs!r:.100}</source>
            <translation>읽을 수 없는 호출 인자 {kwargs!r:.100}</translation>
        </message>
        <message>
            <source>call arguments {bad!r:.100} are not supported</source>
            <translation>호출 인자 {bad!r:.100}은(는) 지원하지 않습니다</translation>
        </message>
        <message>
            <source>'inbound_nodes' must be a list</source>
            <translation>'inbound_nodes'는 목록이어야 합니다</translation>
        </message>
        <message>
            <source>the layer is called {count} times; shared layers are not supported</source>
            <translation>층이 {count}번 호출됩니다. 공유 층은 지원하지 않습니다</translation>
        </message>
        <message>
            <source>takes {count} inputs, expected 1</source>
            <translation>입력을 {count}개 받습니다. 1개여야 합니다</translation>
        </message>
        <message>
            <source>the model has more than one Input layer ({input_name!r} and {name!r}); annstudio models have exactly one input</source>
            <translation>모델에 입력층이 둘 이상 있습니다 ({input_name!r}, {name!r}). annstudio 모델의 입력은 정확히 하나입니다</translation>
        </message>
        <message>
            <source>the model has more than {max_layers} layers</source>
            <translation>모델의 층이 {max_layers}개보다 많습니다</translation>
        </message>
        <message>
            <source>models are nested more than {max_depth} deep</source>
            <translation>모델이 {max_depth}단계보다 깊게 중첩되어 있습니다</translation>
        </message>
        <message>
            <source>the Sequential model {name!r} has no 'layers' list</source>
            <translation>Sequential 모델 {name!r}에 'layers' 목록이 없습니다</translation>
        </message>
        <message>
            <source>the Sequential model {name!r} is frozen (trainable=False), which is not supported</source>
            <translation>Sequential 모델 {name!r}이(가) 고정되어 있습니다 (trainable=False). 지원하지 않습니다</translation>
        </message>
        <message>
            <source>the nested model {name!r} is a Functional model; annstudio reads nested Sequential models only</source>
            <translation>중첩된 모델 {name!r}은(는) Functional 모델입니다. annstudio는 중첩된 Sequential 모델만 읽습니다</translation>
        </message>
        <message>
            <source>the nested model {name!r} has no config</source>
            <translation>중첩된 모델 {name!r}에 설정이 없습니다</translation>
        </message>
        <message>
            <source>the Functional model has no 'layers' list</source>
            <translation>Functional 모델에 'layers' 목록이 없습니다</translation>
        </message>
        <message>
            <source>the model is frozen (trainable=False), which is not supported</source>
            <translation>모델이 고정되어 있습니다 (trainable=False). 지원하지 않습니다</translation>
        </message>
        <message>
            <source>the model has {count} inputs ({names}); annstudio models have exactly one input</source>
            <translation>모델의 입력이 {count}개입니다 ({names}). annstudio 모델의 입력은 정확히 하나입니다</translation>
        </message>
        <message>
            <source>the model has {count} outputs ({names}); annstudio models have exactly one output</source>
            <translation>모델의 출력이 {count}개입니다 ({names}). annstudio 모델의 출력은 정확히 하나입니다</translation>
        </message>
        <message>
            <source>the model has {n_inputs} Input layers ({names}); annstudio models have exactly one input</source>
            <translation>모델에 입력층이 {n_inputs}개 있습니다 ({names}). annstudio 모델의 입력은 정확히 하나입니다</translation>
        </message>
        <message>
            <source>the model input {inputs!r} is not an InputLayer of the model</source>
            <translation>모델 입력 {inputs!r}은(는) 모델의 InputLayer가 아닙니다</translation>
        </message>
        <message>
            <source>the model output {outputs!r} is not a layer of the model</source>
            <translation>모델 출력 {outputs!r}은(는) 모델의 층이 아닙니다</translation>
        </message>
        <message>
            <source>the layers form a cycle or are not connected: {names}</source>
            <translation>층들이 순환을 이루거나 연결되어 있지 않습니다: {names}</translation>
        </message>
        <message>
            <source>the model has no Input layer and no input shape</source>
            <translation>모델에 입력층도 입력 모양도 없습니다</translation>
        </message>
        <message>
            <source>layer(s) {names} do not lead to the model output {output!r}</source>
            <translation>층 {names}이(가) 모델 출력 {output!r}(으)로 이어지지 않습니다</translation>
        </message>
        <message>
            <source>'{what}' must list [layer, node, tensor] entries, got {ref!r:.100}</source>
            <translation>'{what}'은(는) [층, 노드, 텐서] 항목의 목록이어야 합니다 (입력값: {ref!r:.100})</translation>
        </message>
        <message>
            <source>'{what}' refers to output {ref} of call {ref2} of {ref3!r}; annstudio supports layers called once with one output</source>
            <translation>'{what}'이(가) {ref3!r}의 {ref2}번째 호출의 {ref}번째 출력을 가리킵니다. annstudio는 한 번 호출되고 출력이 하나인 층만 지원합니다</translation>
        </message>
        <message>
            <source>an InputLayer cannot have inputs</source>
            <translation>InputLayer에는 입력이 있을 수 없습니다</translation>
        </message>
        <message>
            <source>unreadable inbound node {node!r:.100}</source>
            <translation>읽을 수 없는 입력 노드 {node!r:.100}</translation>
        </message>
        <message>
            <source>layer #{k} of {name!r} is not an object</source>
            <translation>{name!r}의 {k}번째 층이 객체가 아닙니다</translation>
        </message>
        <message>
            <source>layer #{k} of the model is not an object</source>
            <translation>모델의 {k}번째 층이 객체가 아닙니다</translation>
        </message>
        <message>
            <source>two layers are named {name!r}</source>
            <translation>두 층의 이름이 {name!r}(으)로 같습니다</translation>
        </message>
        <message>
            <source>unsupported call arguments {args!r:.100} (one input or one list of inputs)</source>
            <translation>지원하지 않는 호출 인자 {args!r:.100} (입력 하나 또는 입력 목록 하나)</translation>
        </message>
        <message>
            <source>unknown key(s) {names} in an inbound node</source>
            <translation>입력 노드의 알 수 없는 키 {names}</translation>
        </message>
        <message>
            <source>the Sequential model {name!r} has an InputLayer at position {k}</source>
            <translation>Sequential 모델 {name!r}의 {k}번째 위치에 InputLayer가 있습니다</translation>
        </message>
        <message>
            <source>layer {name!r} takes input from {s!r}, which is not in the model</source>
            <translation>층 {name!r}이(가) 모델에 없는 {s!r}에서 입력을 받습니다</translation>
        </message>
        <message>
            <source>layer {name!r} is not connected to any input</source>
            <translation>층 {name!r}이(가) 어떤 입력에도 연결되어 있지 않습니다</translation>
        </message>
        <message>
            <source>the nested model {name!r} must take exactly one input</source>
            <translation>중첩된 모델 {name!r}은(는) 입력을 정확히 하나 받아야 합니다</translation>
        </message>
        <message>
            <source>module {module!r} is not allowed (only Keras' own objects)</source>
            <translation>모듈 {module!r}은(는) 허용되지 않습니다 (Keras 자체 객체만 받습니다)</translation>
        </message>
        <message>
            <source>class {cls!r} is not a Keras object annstudio knows</source>
            <translation>클래스 {cls!r}은(는) annstudio가 아는 Keras 객체가 아닙니다</translation>
        </message>
        <message>
            <source>registered_name {name!r} is not Keras' own (a custom object)</source>
            <translation>registered_name {name!r}은(는) Keras 자체 이름이 아닙니다 (사용자 정의 객체)</translation>
        </message>
        <message>
            <source>function {name!r} is not one of Keras' loss or metric functions</source>
            <translation>함수 {name!r}은(는) Keras의 손실 함수나 지표 함수가 아닙니다</translation>
        </message>
        <message>
            <source>{field}: dtype {name!r} is not supported; expected one of {names}</source>
            <translation>{field}: dtype {name!r}은(는) 지원하지 않습니다. 다음 중 하나여야 합니다: {names}</translation>
        </message>
        <message>
            <source>{field}: seed must be an integer or null, got {value!r}</source>
            <translation>{field}: seed는 정수나 null이어야 하는데 {value!r}입니다</translation>
        </message>
        <message>
            <source>{field}: {value!r} is not a dtype policy</source>
            <translation>{field}: {value!r}은(는) dtype 정책이 아닙니다</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>the name {name} cannot be stored in a Keras .h5 file: it holds a NUL character</source>
            <translation>이름 {name}은(는) Keras .h5 파일에 저장할 수 없습니다: NUL 문자가 들어 있습니다</translation>
        </message>
        <message>
            <source>the name {name} cannot be stored in a Keras .h5 file (no '/')</source>
            <translation>이름 {name}은(는) Keras .h5 파일에 저장할 수 없습니다('/' 불가)</translation>
        </message>
        <message>
            <source>the name {name} cannot be stored in a Keras .h5 file</source>
            <translation>이름 {name}은(는) Keras .h5 파일에 저장할 수 없습니다</translation>
        </message>
        <message>
            <source>the name {name} cannot be stored in a Keras .h5 file: longer than {limit:,} bytes</source>
            <translation>이름 {name}은(는) Keras .h5 파일에 저장할 수 없습니다: {limit:,}바이트보다 깁니다</translation>
        </message>
        <message>
            <source>the name {name} is reserved by Keras' .h5 layout; rename the layer</source>
            <translation>이름 {name}은(는) Keras .h5 구조가 예약한 이름입니다. 층 이름을 바꾸세요</translation>
        </message>
        <message>
            <source>model name: {problem}</source>
            <translation>모델 이름: {problem}</translation>
        </message>
        <message>
            <source>the name {name} cannot be stored in a Keras .h5 file: it is not valid text</source>
            <translation>이름 {name}은(는) Keras .h5 파일에 저장할 수 없습니다: 올바른 텍스트가 아닙니다</translation>
        </message>
        <message>
            <source>layer {layer}: {problem}</source>
            <translation>층 {layer}: {problem}</translation>
        </message>
        <message>
            <source>shape</source>
            <translation>모양</translation>
        </message>
        <message>
            <source>units</source>
            <translation>유닛 수</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <source>use_bias</source>
            <translation>편향 사용</translation>
        </message>
        <message>
            <source>kernel_initializer</source>
            <translation>가중치 초기화</translation>
        </message>
        <message>
            <source>bias_initializer</source>
            <translation>편향 초기화</translation>
        </message>
        <message>
            <source>kernel_regularizer</source>
            <translation>가중치 규제</translation>
        </message>
        <message>
            <source>bias_regularizer</source>
            <translation>편향 규제</translation>
        </message>
        <message>
            <source>rate</source>
            <translation>비율</translation>
        </message>
        <message>
            <source>axis</source>
            <translation>축</translation>
        </message>
        <message>
            <source>momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <source>epsilon</source>
            <translation>엡실론</translation>
        </message>
        <message>
            <source>center</source>
            <translation>이동값 β 학습</translation>
        </message>
        <message>
            <source>scale</source>
            <translation>배율</translation>
        </message>
        <message>
            <source>offset</source>
            <translation>오프셋</translation>
        </message>
        <message>
            <source>{key} must be {rule}, got {value!r}</source>
            <translation>{key}: {rule}여야 합니다 (입력값: {value!r})</translation>
        </message>
        <message>
            <source>unknown activation {value!r}; expected one of {choices}</source>
            <translation>알 수 없는 활성화 함수 {value!r}. 다음 중 하나여야 합니다: {choices}</translation>
        </message>
        <message>
            <source>Input shape must be a list of positive integers, got {value!r}</source>
            <translation>입력층의 모양은 양의 정수 목록이어야 합니다 (입력값: {value!r})</translation>
        </message>
        <message>
            <source>Dense expects a flat input but receives shape {shape}; add a Flatten layer before it</source>
            <translation>Dense 층은 평평한(1차원) 입력을 받아야 하는데 모양 {shape}의 입력을 받습니다. 그 앞에 Flatten 층을 넣으세요</translation>
        </message>
        <message>
            <source>Concatenate needs at least two inputs; choose an extra input from an earlier layer</source>
            <translation>Concatenate 층에는 입력이 두 개 이상 필요합니다. 앞쪽 층에서 입력을 하나 더 고르세요</translation>
        </message>
        <message>
            <source>axis {axis!r} is out of range for inputs of rank {rank} (use -1 for the last axis)</source>
            <translation>축 {axis!r}은(는) 차원이 {rank}인 입력의 범위를 벗어납니다 (마지막 축은 -1)</translation>
        </message>
        <message>
            <source>Concatenate inputs must have the same rank, got {shapes}</source>
            <translation>Concatenate 층의 입력은 차원 수가 같아야 합니다. 받은 모양: {shapes}</translation>
        </message>
        <message>
            <source>only the last axis is supported for BatchNormalization, got axis={axis!r}</source>
            <translation>BatchNormalization 층은 마지막 축만 지원합니다 (입력값: axis={axis!r})</translation>
        </message>
        <message>
            <source>{kind} takes exactly one input, got {count}</source>
            <translation>{kind} 층은 입력을 정확히 하나 받는데 {count}개를 받았습니다</translation>
        </message>
        <message>
            <source>Concatenate inputs must match except on the joined axis, got {shapes}</source>
            <translation>Concatenate 층의 입력은 이어 붙이는 축 말고는 모양이 같아야 합니다. 받은 모양: {shapes}</translation>
        </message>
        <message>
            <source>unknown layer kind {kind!r}; expected one of {choices}</source>
            <translation>알 수 없는 층 종류 {kind!r}. 다음 중 하나여야 합니다: {choices}</translation>
        </message>
        <message>
            <source>too many parameters: {count:,}, more than the {max_params:,} a model may have</source>
            <translation>파라미터가 너무 많습니다: {count:,}개로, 모델에 허용되는 {max_params:,}개보다 많습니다</translation>
        </message>
        <message>
            <source>too many values per sample: {count:,}, more than the {max_values:,} a layer may output</source>
            <translation>샘플당 값이 너무 많습니다: {count:,}개로, 층이 출력할 수 있는 {max_values:,}개보다 많습니다</translation>
        </message>
        <message>
            <source>the model has {count:,} parameters, more than the {max_params:,} allowed (this layer, the largest, has {params:,})</source>
            <translation>모델의 파라미터가 {count:,}개로, 허용되는 {max_params:,}개보다 많습니다 (가장 큰 이 층이 {params:,}개)</translation>
        </message>
        <message>
            <source>must be text, got {value!r:.80}</source>
            <translation>텍스트여야 하는데 {value!r:.80}입니다</translation>
        </message>
        <message>
            <source>{problem} (double a brace to write it literally)</source>
            <translation>{problem} (중괄호를 글자 그대로 쓰려면 두 번 겹쳐 쓰세요)</translation>
        </message>
        <message>
            <source>field {{{field:.80}}}: only names such as {{epoch}} or {{val_loss}} may be filled in</source>
            <translation>필드 {{{field:.80}}}: {{epoch}}나 {{val_loss}} 같은 이름만 채울 수 있습니다</translation>
        </message>
        <message>
            <source>field {{{field}}}: unknown conversion !{conversion:.20}</source>
            <translation>필드 {{{field}}}: 알 수 없는 변환 !{conversion:.20}</translation>
        </message>
        <message>
            <source>field {{{field}}}: {spec!r:.80} is not a format such as 03d or .4f</source>
            <translation>필드 {{{field}}}: {spec!r:.80}은(는) 03d나 .4f 같은 형식이 아닙니다</translation>
        </message>
        <message>
            <source>field {{{field}}}: width {width:.12} and precision {precision:.12} may be at most {max_width} and {max_precision}</source>
            <translation>필드 {{{field}}}: 너비({width:.12})와 정밀도({precision:.12})는 각각 최대 {max_width}, {max_precision}까지입니다</translation>
        </message>
        <message>
            <source>callback {cls}: setting {name!r}: {problem}</source>
            <translation>콜백 {cls}: 설정 {name!r}: {problem}</translation>
        </message>
        <message>
            <source>{name}: seed must be an integer or null, got {value!r}</source>
            <translation>{name}: seed는 정수나 null이어야 하는데 {value!r}입니다</translation>
        </message>
        <message>
            <source>{key}: {problem}</source>
            <translation>{key}: {problem}</translation>
        </message>
        <message>
            <source>a positive integer</source>
            <translation>양의 정수</translation>
        </message>
        <message>
            <source>a number in [0, 1)</source>
            <translation>[0, 1) 범위의 수</translation>
        </message>
        <message>
            <source>in [0, 1)</source>
            <translation>[0, 1) 범위의 수</translation>
        </message>
        <message>
            <source>&gt; 0</source>
            <translation>0보다 큰 수</translation>
        </message>
        <message>
            <source>a finite number</source>
            <translation>유한한 수</translation>
        </message>
        <message>
            <source>layer {layer!r} ({kind}): unknown setting(s) {unknown}; expected {expected}</source>
            <translation>층 {layer!r} ({kind}): 알 수 없는 설정 {unknown}. 가능한 설정: {expected}</translation>
        </message>
        <message>
            <source>a layer must be an object with 'kind', 'name' and 'config', got {data!r:.80}</source>
            <translation>층은 'kind', 'name', 'config'가 있는 객체여야 합니다 (입력값: {data!r:.80})</translation>
        </message>
        <message>
            <source>layer {layer!r}: 'config' must be an object</source>
            <translation>층 {layer!r}: 'config'는 객체여야 합니다</translation>
        </message>
        <message>
            <source>layer {layer!r}: 'inputs' must be a list of layer names</source>
            <translation>층 {layer!r}: 'inputs'는 층 이름의 목록이어야 합니다</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>scikit-learn is needed for this data set ({problem})</source>
            <translation>이 데이터셋에는 scikit-learn이 필요합니다 ({problem})</translation>
        </message>
        <message>
            <source>cannot save {path}: weights must be a dict {{'layer/weight': array}}, got {type}</source>
            <translation>{path}을(를) 저장할 수 없습니다: 가중치는 {{'layer/weight': array}} 형식의 딕셔너리여야 합니다 ({type})</translation>
        </message>
        <message>
            <source>The expression cannot be read: use numbers, names, + − × ÷, powers and exp, log, sigmoid, tanh, relu.</source>
            <translation>식을 읽을 수 없습니다. 숫자, 이름, + − × ÷, 거듭제곱과 exp, log, sigmoid, tanh, relu를 쓰세요.</translation>
        </message>
        <message>
            <source>{what} ({text!r} at column {col}) is not allowed: use numbers, names, + − × ÷, powers and exp, log, sigmoid, tanh, relu.</source>
            <translation>{what}({col}번째 열의 {text!r})은(는) 쓸 수 없습니다. 숫자, 이름, + − × ÷, 거듭제곱과 exp, log, sigmoid, tanh, relu를 쓰세요.</translation>
        </message>
        <message>
            <source>With these weights (w1 = {w1}, w2 = {w2}, b = {b}), what does the unit output for ({x1}, {x2})?</source>
            <translation>이 가중치(w1 = {w1}, w2 = {w2}, b = {b})에서 입력 ({x1}, {x2})에 대한 유닛의 출력은?</translation>
        </message>
        <message>
            <source>Not converged after {epochs} epochs (mistakes in the last one: {last}): the data may not be linearly separable, or it needs more epochs.</source>
            <translation>{epochs} 에포크 후에도 수렴하지 않았습니다(마지막 에포크의 오류 {last}개). 데이터가 선형 분리 가능하지 않거나, 에포크가 더 필요할 수 있습니다.</translation>
        </message>
        <message>
            <source>Converged: epoch {epochs} made no mistakes. Weights and bias: ({weights}).</source>
            <translation>수렴했습니다: 에포크 {epochs}에서 오류가 없었습니다. 가중치와 편향: ({weights}).</translation>
        </message>
        <message>
            <source>No convergence after {epochs} epochs (mistakes in the last one: {last}), and there never will be: these targets are not linearly separable. No straight line puts the 1s on one side and the 0s on the other, so every line the rule tries gets some input wrong. {why} Two layers solve it (NAND and OR feeding AND), and so does the extra input x1·x2.</source>
            <translation>{epochs} 에포크 후에도 수렴하지 않았고(마지막 에포크의 오류 {last}개), 앞으로도 수렴하지 않습니다. 이 목표값은 선형 분리 가능하지 않습니다. 1을 한쪽에, 0을 다른 쪽에 두는 직선이 없으므로 학습 규칙이 시도하는 모든 직선은 어떤 입력을 틀립니다. {why} 2층(NAND와 OR이 AND로 들어감)으로 풀 수 있고, 입력 x1·x2를 추가해도 풀립니다.</translation>
        </message>
        <message>
            <source>Not converged yet after {epochs} epochs (mistakes in the last one: {last}). The targets are linearly separable, so more epochs will get there.</source>
            <translation>{epochs} 에포크 후 아직 수렴하지 않았습니다(마지막 에포크의 오류 {last}개). 목표값이 선형 분리 가능하므로 에포크를 더 돌리면 수렴합니다.</translation>
        </message>
        <message>
            <source>expected one number, you typed {typed}</source>
            <translation>숫자 1개가 필요한데 {typed}개를 입력했습니다</translation>
        </message>
        <message>
            <source>expected {count} numbers, you typed {typed}</source>
            <translation>숫자 {count}개가 필요한데 {typed}개를 입력했습니다</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>그런 파일이나 폴더가 없습니다</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>권한이 없습니다</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>허용되지 않는 작업입니다</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>파일이 아니라 폴더입니다</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>경로의 일부가 폴더가 아닙니다</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>디스크에 남은 공간이 없습니다</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>디스크가 읽기 전용입니다</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>파일이 이미 있습니다</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>파일 이름이 너무 깁니다</translation>
        </message>
        <message>
            <source>Keras cannot use the name {name}: a layer name takes only English letters, digits and _ . - &gt;, e.g. hidden_1</source>
            <translation>Keras에서 쓸 수 없는 이름입니다 ({name}): 층 이름에는 영문자, 숫자와 _ . - &gt; 만 쓸 수 있습니다 (예: hidden_1)</translation>
        </message>
        <message>
            <source>Keras cannot use the name {name}: a model name takes only English letters, digits and _ . - &gt;, and starts with a letter, a digit or ., e.g. my_model</source>
            <translation>Keras에서 쓸 수 없는 이름입니다 ({name}): 모델 이름에는 영문자, 숫자와 _ . - &gt; 만 쓸 수 있고, 영문자나 숫자나 .로 시작해야 합니다 (예: my_model)</translation>
        </message>
        <message>
            <source>the model is empty; add an Input layer</source>
            <translation>모델이 비어 있습니다. 입력층(Input)을 추가하세요</translation>
        </message>
        <message>
            <source>the first layer must be an Input layer, not {kind}</source>
            <translation>첫 번째 층은 {kind} 층이 아니라 입력층(Input)이어야 합니다</translation>
        </message>
        <message>
            <source>the layers form a cycle: {cycle}</source>
            <translation>층들이 순환을 이룹니다: {cycle}</translation>
        </message>
        <message>
            <source>the model must start with an Input layer</source>
            <translation>모델은 입력층(Input)으로 시작해야 합니다</translation>
        </message>
        <message>
            <source>layer #{index} ({kind}) has no name</source>
            <translation>{index}번째 층 ({kind})에 이름이 없습니다</translation>
        </message>
        <message>
            <source>only the first layer may be an Input layer</source>
            <translation>입력층(Input)은 첫 번째 층만 될 수 있습니다</translation>
        </message>
        <message>
            <source>layer {layer!r} takes input from {source!r}, which does not exist</source>
            <translation>층 {layer!r}은(는) 없는 층 {source!r}에서 입력을 받습니다</translation>
        </message>
        <message>
            <source>layer {layer!r} takes input from {source!r}, which comes after it; move it below {source!r}</source>
            <translation>층 {layer!r}은(는) 자기보다 뒤에 있는 층 {source!r}에서 입력을 받습니다. {source!r} 아래로 옮기세요</translation>
        </message>
        <message>
            <source>a model must be an object with a 'layers' list</source>
            <translation>모델은 'layers' 목록이 있는 객체여야 합니다</translation>
        </message>
        <message>
            <source>the name {name!r} is used twice (layers #{first} and #{second}); names must be unique</source>
            <translation>이름 {name!r}이(가) 두 번 쓰였습니다 ({first}번째와 {second}번째 층). 이름은 서로 달라야 합니다</translation>
        </message>
        <message>
            <source>the output of layer {layer!r} is not used; connect it (e.g. from a Concatenate) or remove it</source>
            <translation>층 {layer!r}의 출력을 아무 층도 쓰지 않습니다. 연결하거나 (예: Concatenate 층에서) 지우세요</translation>
        </message>
        <message>
            <source>layer #{index}: {problem}</source>
            <translation>{index}번째 층: {problem}</translation>
        </message>
        <message>
            <source>{name} must be {rule}, got {value!r}</source>
            <translation>{name} 값은 {rule}여야 합니다. 받은 값: {value!r}</translation>
        </message>
        <message>
            <source>a number from {low} to {high}</source>
            <translation>{low} 이상 {high} 이하의 수</translation>
        </message>
        <message>
            <source>a number at least {low} and less than {high}</source>
            <translation>{low} 이상 {high} 미만의 수</translation>
        </message>
        <message>
            <source>a number at least {low}</source>
            <translation>{low} 이상의 수</translation>
        </message>
        <message>
            <source>a number greater than {low} and at most {high}</source>
            <translation>{low}보다 크고 {high} 이하인 수</translation>
        </message>
        <message>
            <source>a number greater than {low} and less than {high}</source>
            <translation>{low}보다 크고 {high}보다 작은 수</translation>
        </message>
        <message>
            <source>a number greater than {low}</source>
            <translation>{low}보다 큰 수</translation>
        </message>
        <message>
            <source>a number at most {high}</source>
            <translation>{high} 이하의 수</translation>
        </message>
        <message>
            <source>a number less than {high}</source>
            <translation>{high}보다 작은 수</translation>
        </message>
        <message>
            <source>an integer from {low} to {high}</source>
            <translation>{low} 이상 {high} 이하의 정수</translation>
        </message>
        <message>
            <source>an integer at least {low} and less than {high}</source>
            <translation>{low} 이상 {high} 미만의 정수</translation>
        </message>
        <message>
            <source>an integer at least {low}</source>
            <translation>{low} 이상의 정수</translation>
        </message>
        <message>
            <source>an integer greater than {low} and at most {high}</source>
            <translation>{low}보다 크고 {high} 이하인 정수</translation>
        </message>
        <message>
            <source>an integer greater than {low} and less than {high}</source>
            <translation>{low}보다 크고 {high}보다 작은 정수</translation>
        </message>
        <message>
            <source>an integer greater than {low}</source>
            <translation>{low}보다 큰 정수</translation>
        </message>
        <message>
            <source>an integer at most {high}</source>
            <translation>{high} 이하의 정수</translation>
        </message>
        <message>
            <source>an integer less than {high}</source>
            <translation>{high}보다 작은 정수</translation>
        </message>
        <message>
            <source>non-empty text</source>
            <translation>비어 있지 않은 텍스트</translation>
        </message>
        <message>
            <source>a number or null</source>
            <translation>수 또는 null</translation>
        </message>
        <message>
            <source>the data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <source>unknown loss {name!r}; expected one of {choices} (or {aliases})</source>
            <translation>알 수 없는 손실 함수 {name!r}. 다음 중 하나여야 합니다: {choices} (또는 {aliases})</translation>
        </message>
        <message>
            <source>unknown optimizer {name!r}; expected one of {choices}</source>
            <translation>알 수 없는 옵티마이저 {name!r}. 다음 중 하나여야 합니다: {choices}</translation>
        </message>
        <message>
            <source>loss huber: delta must be a positive number, got {value!r}</source>
            <translation>huber 손실 함수: delta는 양수여야 합니다 (입력값: {value!r})</translation>
        </message>
        <message>
            <source>the loss {cls!r:.100} is not supported; expected one of {names}</source>
            <translation>손실 함수 {cls!r:.100}은(는) 지원하지 않습니다. 다음 중 하나여야 합니다: {names}</translation>
        </message>
        <message>
            <source>the loss class {cls!r} comes from {value!r}, not from Keras</source>
            <translation>손실 함수 클래스 {cls!r}은(는) Keras가 아니라 {value!r}에서 왔습니다</translation>
        </message>
        <message>
            <source>the {cls} loss config must be an object</source>
            <translation>{cls} 손실 함수 설정은 객체여야 합니다</translation>
        </message>
        <message>
            <source>loss must be a loss name or {{'name': ...}}, got {loss!r}</source>
            <translation>손실 함수는 이름이나 {{'name': ...}}이어야 합니다 (입력값: {loss!r})</translation>
        </message>
        <message>
            <source>loss {name}: unknown setting(s) {names}</source>
            <translation>손실 함수 {name}: 알 수 없는 설정 {names}</translation>
        </message>
        <message>
            <source>optimizer must be a name or {{'class_name': ..., 'config': ...}}, got {optimizer!r}</source>
            <translation>옵티마이저는 이름이나 {{'class_name': ..., 'config': ...}}이어야 합니다 (입력값: {optimizer!r})</translation>
        </message>
        <message>
            <source>optimizer config: unknown key(s) {names}; expected class_name and config</source>
            <translation>옵티마이저 설정: 알 수 없는 키 {names}. class_name과 config만 쓸 수 있습니다</translation>
        </message>
        <message>
            <source>{cls}: 'config' must be a dict of arguments, got {config!r}</source>
            <translation>{cls}: 'config'는 인자의 딕셔너리여야 합니다 (입력값: {config!r})</translation>
        </message>
        <message>
            <source>optimizer {cls}: unknown setting(s) {names}; expected {names2}</source>
            <translation>옵티마이저 {cls}: 알 수 없는 설정 {names}. 가능한 설정: {names2}</translation>
        </message>
        <message>
            <source>optimizer {cls}: learning-rate schedules are not supported, got {lr!r:.100}; give a number</source>
            <translation>옵티마이저 {cls}: 학습률 스케줄은 지원하지 않습니다 (입력값: {lr!r:.100}). 숫자를 주세요</translation>
        </message>
        <message>
            <source>metrics must be a list drawn from {choices}, got {value!r}</source>
            <translation>지표(metrics)는 {choices} 중에서 고른 목록이어야 합니다 (입력값: {value!r})</translation>
        </message>
        <message>
            <source>callbacks must be a list of {{'class_name': ..., 'config': ...}}</source>
            <translation>콜백은 {{'class_name': ..., 'config': ...}}의 목록이어야 합니다</translation>
        </message>
        <message>
            <source>callback {cls}: {key} must be {kind}, got {value!r}</source>
            <translation>콜백 {cls}: {key}은(는) {kind}이어야 하는데 {value!r}입니다</translation>
        </message>
        <message>
            <source>the output has shape {shape}; add Flatten and a Dense output layer</source>
            <translation>출력의 모양이 {shape}입니다. Flatten 층과 Dense 출력층을 추가하세요</translation>
        </message>
        <message>
            <source>the loss {what!r:.100} is not supported; expected one of {names}</source>
            <translation>손실 함수 {what!r:.100}은(는) 지원하지 않습니다. 다음 중 하나여야 합니다: {names}</translation>
        </message>
        <message>
            <source>unreadable optimizer config {value!r:.100}</source>
            <translation>읽을 수 없는 옵티마이저 설정 {value!r:.100}</translation>
        </message>
        <message>
            <source>the optimizer {cls!r} is not supported; expected one of {names}</source>
            <translation>옵티마이저 {cls!r}은(는) 지원하지 않습니다. 다음 중 하나여야 합니다: {names}</translation>
        </message>
        <message>
            <source>the optimizer class {cls!r} comes from {value!r}, not from Keras</source>
            <translation>옵티마이저 클래스 {cls!r}은(는) Keras가 아니라 {value!r}에서 왔습니다</translation>
        </message>
        <message>
            <source>the {canonical} optimizer config must be an object</source>
            <translation>{canonical} 옵티마이저 설정은 객체여야 합니다</translation>
        </message>
        <message>
            <source>unreadable metrics {value!r:.100}</source>
            <translation>읽을 수 없는 지표 {value!r:.100}</translation>
        </message>
        <message>
            <source>the training config must be an object</source>
            <translation>학습 설정은 객체여야 합니다</translation>
        </message>
        <message>
            <source>loss_weights {weights!r:.100} are not supported</source>
            <translation>loss_weights {weights!r:.100}은(는) 지원하지 않습니다</translation>
        </message>
        <message>
            <source>weighted metrics are not supported</source>
            <translation>가중 지표(weighted metrics)는 지원하지 않습니다</translation>
        </message>
        <message>
            <source>{name} has no from_logits option; only cross-entropy losses take logits</source>
            <translation>{name}에는 from_logits 옵션이 없습니다. 로짓은 교차 엔트로피 손실 함수만 받습니다</translation>
        </message>
        <message>
            <source>{name}: delta is a setting of the huber loss only</source>
            <translation>{name}: delta는 huber 손실 함수만의 설정입니다</translation>
        </message>
        <message>
            <source>unknown callback {name!r}; expected one of {choices}</source>
            <translation>알 수 없는 콜백 {name!r}. 다음 중 하나여야 합니다: {choices}</translation>
        </message>
        <message>
            <source>callback {cls} is listed twice; keep one</source>
            <translation>콜백 {cls}이(가) 두 번 들어 있습니다. 하나만 남기세요</translation>
        </message>
        <message>
            <source>callback {cls}: unknown setting(s) {names}</source>
            <translation>콜백 {cls}: 알 수 없는 설정 {names}</translation>
        </message>
        <message>
            <source>the data has {classes} classes, so the output layer needs {classes} units (it has {units})</source>
            <translation>데이터의 클래스가 {classes}개이므로 출력층에 유닛이 {classes}개 필요합니다 (지금은 {units}개)</translation>
        </message>
        <message>
            <source>the targets have {columns} columns but the output has {units} units</source>
            <translation>목표값의 열은 {columns}개인데 출력층의 유닛은 {units}개입니다</translation>
        </message>
        <message>
            <source>{data!r} is a regression dataset; {loss} needs class labels. Use {choices}</source>
            <translation>{data!r}은(는) 회귀 데이터셋인데 {loss}에는 클래스 레이블이 필요합니다. {choices} 중에서 쓰세요</translation>
        </message>
        <message>
            <source>the metric {name!r} compares each target with the outputs, but with {loss} the targets are class numbers (one per sample) and the model has {outputs} outputs: remove {name!r} from the project's metrics ("Fit the model to this data" does), or use categorical_crossentropy with one-hot targets</source>
            <translation>지표 {name!r}은(는) 각 목표값을 출력과 비교하지만, {loss}에서는 목표값이 클래스 번호(샘플마다 하나)이고 모델의 출력은 {outputs}개입니다: 프로젝트의 지표에서 {name!r}을(를) 빼거나("모델을 이 데이터에 맞추기"가 빼 줍니다), 원-핫 목표값과 함께 categorical_crossentropy를 쓰세요</translation>
        </message>
        <message>
            <source>the loss {value!r} is not supported; expected one of {names}</source>
            <translation>손실 함수 {value!r}은(는) 지원하지 않습니다. 다음 중 하나여야 합니다: {names}</translation>
        </message>
        <message>
            <source>optimizer {canonical}: ema_momentum={v!r} is not supported (only 0.99)</source>
            <translation>옵티마이저 {canonical}: ema_momentum={v!r}은(는) 지원하지 않습니다 (0.99만 가능)</translation>
        </message>
        <message>
            <source>metrics for {count} outputs are not supported</source>
            <translation>출력 {count}개의 지표는 지원하지 않습니다</translation>
        </message>
        <message>
            <source>the metric {m!r:.100} is not supported; expected accuracy, mae or mse</source>
            <translation>지표 {m!r:.100}은(는) 지원하지 않습니다. accuracy, mae, mse 중 하나여야 합니다</translation>
        </message>
        <message>
            <source>losses for {count} outputs are not supported</source>
            <translation>출력 {count}개의 손실 함수는 지원하지 않습니다</translation>
        </message>
        <message>
            <source>loss {name}: from_logits must be true or false, got {v!r}</source>
            <translation>손실 함수 {name}: from_logits는 true 또는 false여야 합니다 (입력값: {v!r})</translation>
        </message>
        <message>
            <source>optimizer {cls}: {key}={value!r} is not supported (only {inactive!r})</source>
            <translation>옵티마이저 {cls}: {key}={value!r}은(는) 지원하지 않습니다 ({inactive!r}만 가능)</translation>
        </message>
        <message>
            <source>optimizer {cls}: {problem}</source>
            <translation>옵티마이저 {cls}: {problem}</translation>
        </message>
        <message>
            <source>callback {cls}: {problem}</source>
            <translation>콜백 {cls}: {problem}</translation>
        </message>
        <message>
            <source>binary cross-entropy needs two classes but the data has {classes}; use sparse categorical cross-entropy with {classes} softmax units</source>
            <translation>이진 교차 엔트로피에는 클래스가 두 개여야 하는데 데이터의 클래스는 {classes}개입니다. 소프트맥스 유닛 {classes}개와 희소 범주형 교차 엔트로피를 쓰세요</translation>
        </message>
        <message>
            <source>binary cross-entropy needs {expected} output unit(s) (it has {units})</source>
            <translation>이진 교차 엔트로피에는 출력 유닛이 {expected}개 필요합니다 (지금은 {units}개)</translation>
        </message>
        <message>
            <source>the targets have {expected} column(s) but the output has {units} units</source>
            <translation>목표값의 열은 {expected}개인데 출력층의 유닛은 {units}개입니다</translation>
        </message>
        <message>
            <source>{data!r} has {classes} classes; {loss} on class labels only makes sense for two. Use sparse_categorical_crossentropy with a softmax output</source>
            <translation>{data!r}의 클래스는 {classes}개입니다. 클래스 레이블에 {loss}을(를) 쓰는 것은 클래스가 두 개일 때만 뜻이 있습니다. 소프트맥스 출력과 sparse_categorical_crossentropy를 쓰세요</translation>
        </message>
        <message>
            <source>optimizer {canonical}: decay={v!r} is not supported</source>
            <translation>옵티마이저 {canonical}: decay={v!r}은(는) 지원하지 않습니다</translation>
        </message>
        <message>
            <source>the metric {m!r} is not supported; expected accuracy, mae or mse</source>
            <translation>지표 {m!r}은(는) 지원하지 않습니다. accuracy, mae, mse 중 하나여야 합니다</translation>
        </message>
        <message>
            <source>{field}: {name!r} is not one of Keras' losses or metrics</source>
            <translation>{field}: {name!r}은(는) Keras의 손실 함수나 지표가 아닙니다</translation>
        </message>
        <message>
            <source>loss {name}: unknown setting {key!r}</source>
            <translation>손실 함수 {name}: 알 수 없는 설정 {key!r}</translation>
        </message>
        <message>
            <source>loss {name}: {key}={v!r} is not supported (only {keras_loss_neutral!r})</source>
            <translation>손실 함수 {name}: {key}={v!r}은(는) 지원하지 않습니다 ({keras_loss_neutral!r}만 가능)</translation>
        </message>
        <message>
            <source>initializer must be a name or a Keras initializer config, got {value!r}</source>
            <translation>초기화 방법은 이름이나 Keras 초기화 설정이어야 합니다 (입력값: {value!r})</translation>
        </message>
        <message>
            <source>regularizer must be None or {{'l1': a, 'l2': b}}, got {value!r}</source>
            <translation>규제는 None 또는 {{'l1': a, 'l2': b}}여야 합니다 (입력값: {value!r})</translation>
        </message>
        <message>
            <source>unknown initializer {value!r}; expected one of {choices}</source>
            <translation>알 수 없는 초기화 방법 {value!r}. 다음 중 하나여야 합니다: {choices}</translation>
        </message>
        <message>
            <source>{name}: the config must be an object, got {value!r}</source>
            <translation>{name}: config는 객체여야 하는데 {value!r}입니다</translation>
        </message>
        <message>
            <source>regularizer {value!r}: the config must be an object</source>
            <translation>규제 {value!r}: config는 객체여야 합니다</translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>{name}: {problem}</translation>
        </message>
        <message>
            <source>regularization factors must be &gt;= 0, got l1={l1}, l2={l2}</source>
            <translation>규제 계수는 0 이상이어야 합니다 (입력값: l1={l1}, l2={l2})</translation>
        </message>
        <message>
            <source>{name}: unknown argument {key!r}</source>
            <translation>{name}: 알 수 없는 인자 {key!r}</translation>
        </message>
        <message>
            <source>unknown regularizer {value!r}; expected L1, L2 or L1L2</source>
            <translation>알 수 없는 규제 {value!r}. L1, L2, L1L2 중 하나여야 합니다</translation>
        </message>
    </context>
    <context>
        <name>MetricNames</name>
        <message>
            <source>val {0}</source>
            <translation>검증 {0}</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>정확도</translation>
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
            <translation>메인 창의 모델을 지금의 가중치 그대로(훈련 전, 일시 정지 중, 훈련 후) 훈련 데이터의 샘플 하나에 적용합니다. 각 Dense 층은 A = X·W + B와 Z = f(A)를 계산합니다. 값이 10개보다 많은 벡터는 앞의 8개만 보여 줍니다. A에 마우스를 올리면 첫 번째 합을 풀어 쓴 식이 나옵니다.</translation>
        </message>
        <message>
            <source>Sample:</source>
            <translation>샘플:</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>층</translation>
        </message>
        <message>
            <source>Shapes</source>
            <translation>모양</translation>
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
            <translation>Z (출력)</translation>
        </message>
        <message>
            <source>The model is training: pause the run or let it finish to trace it.</source>
            <translation>모델이 훈련 중입니다: 일시 정지하거나 훈련이 끝나면 순전파를 따라갈 수 있습니다.</translation>
        </message>
        <message>
            <source>No model to trace: {0}</source>
            <translation>따라가 볼 모델이 없습니다: {0}</translation>
        </message>
        <message>
            <source>No model yet: it appears here once the project's model and data fit together and the model is built.</source>
            <translation>아직 모델이 없습니다: 프로젝트의 모델과 데이터가 서로 맞고 모델이 만들어지면 여기에 나타납니다.</translation>
        </message>
        <message>
            <source>The data loaded in the Data tab does not fit this model's input.</source>
            <translation>데이터 탭에서 불러온 데이터가 이 모델의 입력과 맞지 않습니다.</translation>
        </message>
        <message>
            <source> of {0}</source>
            <translation> / {0}</translation>
        </message>
        <message>
            <source>target: {0}</source>
            <translation>목표값: {0}</translation>
        </message>
        <message>
            <source>{0} layers, trained for {1} epochs.</source>
            <translation>층 {0}개, {1} 에포크 훈련됨.</translation>
        </message>
        <message>
            <source>{0} layers, with the weights it was given (imported, loaded from a run or typed in).</source>
            <translation>층 {0}개, 주어진 가중치 그대로 (가져왔거나 실행 기록에서 불러왔거나 직접 입력한 가중치).</translation>
        </message>
        <message>
            <source>{0} layers, before training (the initial weights).</source>
            <translation>층 {0}개, 훈련 전 (초기 가중치).</translation>
        </message>
        <message>
            <source>predict() for this sample: {0}</source>
            <translation>이 샘플의 predict() 결과: {0}</translation>
        </message>
        <message>
            <source>the same as the last row ✓</source>
            <translation>마지막 행과 같습니다 ✓</translation>
        </message>
        <message>
            <source>differs from the trace ✗</source>
            <translation>순전파 계산과 다릅니다 ✗</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Lines: weights</source>
            <extracomment>weight signs (UI.md): the Playground's blue for positive, orange for negative side of a neuron's thumbnail (view units; nodes are ROW_GAP apart) columns spread out to fill a short, wide view up to this many times their own gap how close (pixels) the pointer must be to a line to pick it the lines' colour when they show gradient sizes |∂E/∂w| (the edge mode "gradients") colour groups of the lines width group of the lines that skip columns (1.5 px): a few lines running beside many must stand out output ranges of bounded activations (thumbnail colour levels); others use ± the largest |value| one pen per (colour group, width group) what the lines show: the weights (sign and size) or the gradient sizes |∂E/∂w|</extracomment>
            <translation>선: 가중치</translation>
        </message>
        <message>
            <source>Lines: gradients |∂E/∂w|</source>
            <translation>선: 기울기 |∂E/∂w|</translation>
        </message>
        <message>
            <source>What the lines show: each weight (colour: sign, width: size), or how much the loss changes with it (width: |∂E/∂w| on a sample of the training data)</source>
            <translation>선이 보여 주는 것: 각 가중치 (색: 부호, 굵기: 크기) 또는 그 가중치에 따라 손실이 얼마나 변하는지 (굵기: 학습 데이터 일부에서 구한 |∂E/∂w|)</translation>
        </message>
        <message>
            <source>⋯ {0} more</source>
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
            <source>width: size of |∂E/∂w|, the loss's slope along that weight</source>
            <translation>굵기: |∂E/∂w|의 크기, 그 가중치 방향으로의 손실 기울기</translation>
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
        <name>NeuronPanel</name>
        <message>
            <source>A single neuron</source>
            <translation>뉴런 하나</translation>
        </message>
        <message>
            <source>z = x·w + b, a = activation(z), loss L = (a − t)² against the target t.</source>
            <translation>z = x·w + b, a = 활성화 함수(z), 목표값 t에 대한 손실 L = (a − t)².</translation>
        </message>
        <message>
            <source>sigmoid</source>
            <translation>시그모이드</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>none (identity)</source>
            <translation>없음 (항등 함수)</translation>
        </message>
        <message>
            <source>Apply the update</source>
            <translation>갱신 적용</translation>
        </message>
        <message>
            <source>Set w and b to their new values; the loss is computed again.</source>
            <translation>w와 b를 새 값으로 바꾸고 손실을 다시 계산합니다.</translation>
        </message>
        <message>
            <source>Activation:</source>
            <translation>활성화 함수:</translation>
        </message>
        <message>
            <source>Learning rate η:</source>
            <translation>학습률 η:</translation>
        </message>
    </context>
    <context>
        <name>NumberField</name>
        <message>
            <source>{0} must be a whole number from {1} to {2}.</source>
            <translation>{0} 값은 {1}부터 {2}까지의 정수여야 합니다.</translation>
        </message>
        <message>
            <source>{0} must be between {1} and {2}.</source>
            <translation>{0} 값은 {1} 이상 {2} 이하여야 합니다.</translation>
        </message>
        <message>
            <source>{0} must be greater than {1} and less than {2}.</source>
            <translation>{0} 값은 {1}보다 크고 {2}보다 작아야 합니다.</translation>
        </message>
        <message>
            <source>{0} must be greater than {1} and at most {2}.</source>
            <translation>{0} 값은 {1}보다 크고 {2} 이하여야 합니다.</translation>
        </message>
        <message>
            <source>{0} must be at least {1} and less than {2}.</source>
            <translation>{0} 값은 {1} 이상이고 {2}보다 작아야 합니다.</translation>
        </message>
        <message>
            <source>{0} must be greater than {1}.</source>
            <translation>{0} 값은 {1}보다 커야 합니다.</translation>
        </message>
        <message>
            <source>{0} must be a whole number of at least {1}.</source>
            <translation>{0} 값은 {1} 이상의 정수여야 합니다.</translation>
        </message>
        <message>
            <source>{0} must be at least {1}.</source>
            <translation>{0} 값은 {1} 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>{0} must be at most {1}.</source>
            <translation>{0} 값은 {1} 이하여야 합니다.</translation>
        </message>
        <message>
            <source>{0} must be a whole number.</source>
            <translation>{0} 값은 정수여야 합니다.</translation>
        </message>
        <message>
            <source>{0} must be a number.</source>
            <translation>{0} 값은 숫자여야 합니다.</translation>
        </message>
        <message>
            <source>“{0}” is too large for a number here. {1}</source>
            <translation>“{0}”은(는) 여기서 쓰기에 너무 큰 수입니다. {1}</translation>
        </message>
        <message>
            <source>“{0}” is not a number. {1}</source>
            <translation>“{0}”은(는) 숫자가 아닙니다. {1}</translation>
        </message>
        <message>
            <source>“{0}” was not applied. {1}</source>
            <translation>“{0}”은(는) 적용되지 않았습니다. {1}</translation>
        </message>
        <message>
            <source>“{0}” cannot be typed here: only a number. {1}</source>
            <translation>“{0}”은(는) 여기에 입력할 수 없습니다. 숫자만 입력하세요. {1}</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
    </context>
    <context>
        <name>NumericPage</name>
        <message>
            <source>eps</source>
            <translation>eps (미소 간격)</translation>
        </message>
        <message>
            <source>central difference</source>
            <translation>중앙 차분</translation>
        </message>
        <message>
            <source>exact</source>
            <translation>정확한 미분</translation>
        </message>
        <message>
            <source>relative error</source>
            <translation>상대 오차</translation>
        </message>
        <message>
            <source>(f(x + eps) − f(x − eps)) / (2·eps). A large eps measures a chord, not the tangent. A tiny eps makes x + eps round to x itself, so the difference is 0 and so is the estimate. In between (about 1e-4 to 1e-6 in float64; the notes use 1e-6) the estimate agrees with the exact derivative to many digits.</source>
            <translation>(f(x + eps) − f(x − eps)) / (2·eps). eps가 크면 접선이 아니라 할선의 기울기를 잽니다. eps가 너무 작으면 x + eps가 반올림되어 x 그대로가 되므로 차이도, 추정값도 0이 됩니다. 그 사이(float64에서 대략 1e-4 ~ 1e-6, 강의 노트는 1e-6)에서는 추정값이 정확한 미분과 여러 자리까지 일치합니다.</translation>
        </message>
        <message>
            <source>Fu&amp;nction</source>
            <translation>함수(&amp;N)</translation>
        </message>
        <message>
            <source>Nu&amp;mbers</source>
            <translation>수 형식(&amp;M)</translation>
        </message>
        <message>
            <source>at &amp;x =</source>
            <translation>&amp;x =</translation>
        </message>
        <message>
            <source>Best here: eps = {0} (error {1}).</source>
            <translation>여기서 가장 좋은 값: eps = {0} (오차 {1}).</translation>
        </message>
        <message>
            <source>From eps = {0} on, x ± eps rounds to x and the estimate is 0.</source>
            <translation>eps = {0}부터는 x ± eps가 x로 반올림되어 추정값이 0입니다.</translation>
        </message>
    </context>
    <context>
        <name>PaceControl</name>
        <message>
            <source>Slow</source>
            <translation>느리게</translation>
        </message>
        <message>
            <source>Watchable</source>
            <translation>보기 좋게</translation>
        </message>
        <message>
            <source>Fastest</source>
            <translation>최고 속도</translation>
        </message>
        <message>
            <source>At most 2 epochs a second: follow every change</source>
            <translation>초당 최대 2 에포크: 변화를 하나하나 따라가기</translation>
        </message>
        <message>
            <source>At most 10 epochs a second: small examples take seconds, not a blink</source>
            <translation>초당 최대 10 에포크: 작은 예제도 눈 깜짝할 새가 아니라 몇 초 동안</translation>
        </message>
        <message>
            <source>No waiting: as fast as the computer trains</source>
            <translation>기다림 없음: 컴퓨터가 학습하는 최대 속도</translation>
        </message>
        <message>
            <source>Pace</source>
            <translation>속도</translation>
        </message>
        <message>
            <source>Pace: how fast the epochs are shown. Only the speed changes, never the results.</source>
            <translation>속도: 에포크를 얼마나 빨리 보여 줄지. 속도만 바뀌고 결과는 바뀌지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>PerceptronLab</name>
        <message>
            <source>One unit</source>
            <translation>유닛 하나</translation>
        </message>
        <message>
            <source>Learning rule</source>
            <translation>학습 규칙</translation>
        </message>
        <message>
            <source>XOR in two layers</source>
            <translation>2층으로 XOR</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>특성</translation>
        </message>
        <message>
            <source>Iris</source>
            <translation>붓꽃</translation>
        </message>
        <message>
            <source>Go on a date?</source>
            <translation>데이트하러 갈까?</translation>
        </message>
        <message>
            <source>step: 1 when z ≥ 0</source>
            <translation>계단 함수: z ≥ 0 이면 1</translation>
        </message>
        <message>
            <source>step, the notes' code: 1 when z &gt; 0</source>
            <translation>계단 함수, 노트의 코드: z &gt; 0 이면 1</translation>
        </message>
        <message>
            <source>sign: +1 when z ≥ 0, else −1</source>
            <translation>부호 함수: z ≥ 0 이면 +1, 아니면 −1</translation>
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
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>드라이브</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>폴더</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>다음에서 찾기(&amp;L):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>파일 형식(&amp;T):</translation>
        </message>
        <message>
            <source>Save &amp;as:</source>
            <translation>저장할 이름(&amp;A):</translation>
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
            <source>Batch size</source>
            <translation>배치 크기</translation>
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
        <name>QuizBox</name>
        <message>
            <source>Predict, then reveal</source>
            <translation>먼저 예측하고 확인하기</translation>
        </message>
        <message>
            <source>your answer</source>
            <translation>내 답</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>채점</translation>
        </message>
        <message>
            <source>Show the answer</source>
            <translation>정답 보기</translation>
        </message>
        <message>
            <source>Answer: {0}</source>
            <translation>정답: {0}</translation>
        </message>
    </context>
    <context>
        <name>RacePage</name>
        <message>
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>스텝 수</translation>
        </message>
        <message>
            <source>Run &amp;race</source>
            <translation>경주 실행(&amp;R)</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <source>Final loss</source>
            <translation>마지막 손실</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>결과</translation>
        </message>
        <message>
            <source>Same start, same surface, same learning rate. Momentum (0.9) remembers past steps and rolls on; Nesterov looks ahead before it steps; RMSprop and Adam scale each parameter's step by its recent gradient sizes.</source>
            <translation>출발점, 손실 곡면, 학습률이 모두 같습니다. 모멘텀(0.9)은 지난 스텝을 기억하고 관성으로 굴러가고, 네스테로프는 한 걸음 앞을 내다보고 움직이며, RMSprop과 Adam은 파라미터마다 최근 기울기 크기로 스텝을 조절합니다.</translation>
        </message>
        <message>
            <source>Learning r&amp;ate η</source>
            <translation>학습률 η(&amp;A)</translation>
        </message>
        <message>
            <source>Ste&amp;ps</source>
            <translation>스텝 수(&amp;P)</translation>
        </message>
        <message>
            <source>step</source>
            <translation>스텝</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <source>diverged at step {0}</source>
            <translation>{0} 스텝에서 발산</translation>
        </message>
        <message>
            <source>converged in {0} steps</source>
            <translation>{0} 스텝 만에 수렴</translation>
        </message>
        <message>
            <source>oscillating</source>
            <translation>진동</translation>
        </message>
        <message>
            <source>crawling</source>
            <translation>느리게 기어감</translation>
        </message>
        <message>
            <source>nearly there</source>
            <translation>거의 도착</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>annstudio did not close properly last time. Restore the unsaved work on “{0}”, saved {1}?</source>
            <translation>지난번에 annstudio가 제대로 종료되지 않았습니다. {1}에 저장된 “{0}”의 저장하지 않은 작업을 복원할까요?</translation>
        </message>
        <message>
            <source>It includes the trained weights (after 1 epoch).</source>
            <translation>학습된 가중치(1 에포크 후)도 함께 있습니다.</translation>
        </message>
        <message>
            <source>It includes the trained weights (after {0} epochs).</source>
            <translation>학습된 가중치({0} 에포크 후)도 함께 있습니다.</translation>
        </message>
        <message>
            <source>It includes the model's weights.</source>
            <translation>모델의 가중치도 함께 있습니다.</translation>
        </message>
        <message>
            <source>Save writes to {0}.</source>
            <translation>저장하면 {0}에 씁니다.</translation>
        </message>
        <message>
            <source>The project has no file yet: Save asks where to keep it.</source>
            <translation>아직 파일이 없는 프로젝트입니다. 저장할 때 위치를 묻습니다.</translation>
        </message>
        <message>
            <source>Restore opens it; Discard deletes it; Later keeps it for the next start.</source>
            <translation>복원: 작업을 엽니다. 버리기: 삭제합니다. 나중에: 다음 시작 때까지 보관합니다.</translation>
        </message>
        <message>
            <source>Restore unsaved work?</source>
            <translation>저장하지 않은 작업을 복원할까요?</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>복원(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>버리기(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>나중에(&amp;L)</translation>
        </message>
        <message>
            <source>Cannot restore the project</source>
            <translation>프로젝트를 복원할 수 없습니다</translation>
        </message>
        <message>
            <source>Restored “{0}” as it was saved {1}.</source>
            <translation>“{0}”을(를) {1}에 저장된 상태로 복원했습니다.</translation>
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
            <source>Predicted:</source>
            <translation>예측 클래스:</translation>
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
            <source>Test set: the first {0} of {1} samples</source>
            <translation>테스트 세트: 샘플 {1}개 중 앞의 {0}개</translation>
        </message>
        <message>
            <source>Test set: {0} samples</source>
            <translation>테스트 세트: 샘플 {0}개</translation>
        </message>
        <message>
            <source>Predicted vs true</source>
            <translation>예측값 대 실제 값</translation>
        </message>
        <message>
            <source>mean absolute error {0:.4g} · R² {1:.3f}</source>
            <translation>평균 절대 오차 {0:.4g} · R² {1:.3f}</translation>
        </message>
        <message>
            <source>accuracy {0:.1%} · {1} misclassified</source>
            <translation>정확도 {0:.1%} · 잘못 분류 {1}개</translation>
        </message>
        <message>
            <source>all</source>
            <translation>전부</translation>
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
            <source>No test image of {0} was predicted as {1}.</source>
            <translation>{1}(으)로 예측된 {0} 테스트 이미지가 없습니다.</translation>
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
        <name>RulePage</name>
        <message>
            <source>Learning rate η</source>
            <translation>학습률 η</translation>
        </message>
        <message>
            <source>Epochs at most</source>
            <translation>최대 에포크</translation>
        </message>
        <message>
            <source>start w1</source>
            <translation>시작 w1</translation>
        </message>
        <message>
            <source>start w2</source>
            <translation>시작 w2</translation>
        </message>
        <message>
            <source>start b</source>
            <translation>시작 b</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>η</source>
            <translation>η</translation>
        </message>
        <message>
            <source>epochs at most</source>
            <translation>최대 에포크</translation>
        </message>
        <message>
            <source>Next sample</source>
            <translation>다음 샘플</translation>
        </message>
        <message>
            <source>Next epoch</source>
            <translation>다음 에포크</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>처음부터</translation>
        </message>
        <message>
            <source>One sample (Ctrl+Right)</source>
            <translation>샘플 하나 (Ctrl+→)</translation>
        </message>
        <message>
            <source>The rest of this epoch (Ctrl+Shift+Right)</source>
            <translation>이 에포크의 나머지 (Ctrl+Shift+→)</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>에포크</translation>
        </message>
        <message>
            <source>mistakes</source>
            <translation>오류 수</translation>
        </message>
        <message>
            <source>Show the two-layer answer</source>
            <translation>2층 해법 보기</translation>
        </message>
        <message>
            <source>Ask me about the next step</source>
            <translation>다음 단계 문제 내기</translation>
        </message>
        <message>
            <source>The rule visits the four inputs in turn. When the output ŷ is wrong it moves every weight by η(y − ŷ)x and the bias by η(y − ŷ), which turns the line towards the missed point; a right output changes nothing. An epoch with no mistakes means the line separates the targets: the rule stops.</source>
            <translation>학습 규칙은 네 입력을 차례로 봅니다. 출력 ŷ가 틀리면 각 가중치를 η(y − ŷ)x만큼, 편향을 η(y − ŷ)만큼 옮겨 직선을 틀린 점 쪽으로 돌립니다. 맞으면 아무것도 바꾸지 않습니다. 오류가 없는 에포크가 나오면 직선이 목표값을 나눈 것이므로 학습이 멈춥니다.</translation>
        </message>
        <message>
            <source>No step yet. Press Next sample.</source>
            <translation>아직 단계가 없습니다. 다음 샘플을 누르세요.</translation>
        </message>
        <message>
            <source>{0} samples, {1} of them changed the weights; the last:</source>
            <translation>샘플 {0}개 중 {1}개가 가중치를 바꿨습니다. 마지막 갱신:</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <source>The rule has stopped: there is no next step to predict. Press Start over to begin again.</source>
            <translation>규칙이 멈췄습니다: 예측할 다음 단계가 없습니다. 다시 하려면 '처음부터'를 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>RunRecorder</name>
        <message>
            <source>Run {0}</source>
            <extracomment>the default name of a new run ("Run 3"), in the window's language</extracomment>
            <translation>실행 {0}</translation>
        </message>
    </context>
    <context>
        <name>RunsPanel</name>
        <message>
            <source>learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <source>backend</source>
            <translation>백엔드</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>에포크</translation>
        </message>
        <message>
            <source>validation split</source>
            <translation>검증 세트 비율</translation>
        </message>
        <message>
            <source>shuffle</source>
            <translation>섞기</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>시드</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>계산 정밀도(dtype)</translation>
        </message>
        <message>
            <source>callbacks</source>
            <translation>콜백</translation>
        </message>
        <message>
            <source>data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <source>layers</source>
            <translation>층 수</translation>
        </message>
        <message>
            <source>on</source>
            <translation>켬</translation>
        </message>
        <message>
            <source>off</source>
            <translation>끔</translation>
        </message>
        <message>
            <source>val loss {0}</source>
            <translation>검증 손실 {0}</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>발산</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>바뀐 설정</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>최종</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>테스트</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>에포크</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>Select runs to draw their loss curves over the current run; double-click (or F2 on) a name to rename the run</source>
            <translation>실행을 선택하면 그 손실 곡선이 현재 실행 위에 겹쳐 그려집니다. 이름을 더블클릭하거나 F2를 누르면 이름을 바꿉니다</translation>
        </message>
        <message>
            <source>Restore settings</source>
            <translation>설정 복원</translation>
        </message>
        <message>
            <source>Put the selected run's model, data and training settings back into the editor (one undo step)</source>
            <translation>선택한 실행의 모델, 데이터, 훈련 설정을 편집기로 되돌립니다 (한 번에 실행 취소 가능)</translation>
        </message>
        <message>
            <source>Load its model</source>
            <translation>모델 불러오기</translation>
        </message>
        <message>
            <source>Restore the run's settings and make its trained weights the current model: its decision regions and results show again</source>
            <translation>실행의 설정을 복원하고 학습된 가중치를 현재 모델로 만듭니다: 결정 영역과 결과가 다시 보입니다</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>삭제…</translation>
        </message>
        <message>
            <source>Delete the selected runs</source>
            <translation>선택한 실행 기록을 삭제합니다</translation>
        </message>
        <message>
            <source>Keep weights</source>
            <translation>가중치 보관</translation>
        </message>
        <message>
            <source>Keep each run's trained weights (models up to {0} parameters), so its model can be loaded again</source>
            <translation>각 실행의 학습된 가중치를 보관합니다 (파라미터 {0}개까지의 모델). 나중에 그 모델을 다시 불러올 수 있습니다</translation>
        </message>
        <message>
            <source>from the model of {0}</source>
            <translation>{0}의 모델에서 시작</translation>
        </message>
        <message>
            <source>from the weights in {0}</source>
            <translation>{0}의 가중치에서 시작</translation>
        </message>
        <message>
            <source>weights kept after an edit</source>
            <translation>편집 후 유지한 가중치에서 시작</translation>
        </message>
        <message>
            <source>weights typed in</source>
            <translation>직접 입력한 가중치에서 시작</translation>
        </message>
        <message>
            <source>restored weights</source>
            <translation>복구한 가중치에서 시작</translation>
        </message>
        <message>
            <source>(first run)</source>
            <translation>(첫 실행)</translation>
        </message>
        <message>
            <source>continued</source>
            <translation>이어서 훈련</translation>
        </message>
        <message>
            <source>same settings</source>
            <translation>같은 설정</translation>
        </message>
        <message>
            <source>{0} s</source>
            <translation>{0}초</translation>
        </message>
        <message>
            <source>The weights of this run were not kept</source>
            <translation>이 실행의 가중치는 보관되지 않았습니다</translation>
        </message>
        <message>
            <source>Cannot rename the run</source>
            <translation>실행 기록의 이름을 바꿀 수 없습니다</translation>
        </message>
        <message>
            <source>Delete runs</source>
            <translation>실행 기록 삭제</translation>
        </message>
        <message>
            <source>Delete {0}? Its history and weights are removed from the disk.</source>
            <translation>{0}을(를) 삭제할까요? 학습 기록과 가중치가 디스크에서 지워집니다.</translation>
        </message>
        <message>
            <source>Cannot delete the run</source>
            <translation>실행 기록을 삭제할 수 없습니다</translation>
        </message>
        <message>
            <source>Cannot restore the run</source>
            <translation>실행 기록을 복원할 수 없습니다</translation>
        </message>
        <message>
            <source>Load the model of {0}</source>
            <translation>{0}의 모델 불러오기</translation>
        </message>
        <message>
            <source>Restore the settings of {0}</source>
            <translation>{0}의 설정 복원</translation>
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
            <extracomment>an action property: the command's fixed name when its text changes (Undo: "Undo Fit the model to the data")</extracomment>
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
        <name>SoftmaxPage</name>
        <message>
            <source>Softmax turns scores into probabilities: exp of each score, divided by their sum. With large scores exp overflows. Subtracting the largest score first changes nothing in the result (the factor e^−max cancels) but keeps every exp between 0 and 1.</source>
            <translation>소프트맥스는 점수를 확률로 바꿉니다: 각 점수의 exp를 전체 합으로 나눕니다. 점수가 크면 exp가 오버플로됩니다. 가장 큰 점수를 먼저 빼도 결과는 같지만(e^−max가 약분됨) 모든 exp가 0과 1 사이에 머뭅니다.</translation>
        </message>
        <message>
            <source>Naive: exp(a) / Σ exp(a)</source>
            <translation>그대로 계산: exp(a) / Σ exp(a)</translation>
        </message>
        <message>
            <source>Stable: exp(a − max a) / Σ</source>
            <translation>안정적인 계산: exp(a − max a) / Σ</translation>
        </message>
        <message>
            <source>No overflow here: both ways give the same numbers.</source>
            <translation>여기서는 오버플로가 없습니다: 두 방법의 결과가 같습니다.</translation>
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
            <translation>입력에서 출력까지의 층. Delete는 선택한 층을 삭제하고, Ctrl+↑와 Ctrl+↓는 층을 옮깁니다.</translation>
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
            <source>The Input layer cannot be cut, copied, duplicated, moved or deleted: every model starts with it.</source>
            <translation>입력층은 잘라내거나 복사, 복제, 이동, 삭제할 수 없습니다: 모든 모델은 입력층으로 시작합니다.</translation>
        </message>
        <message>
            <source>Select a layer in the stack first.</source>
            <translation>먼저 층 목록에서 층을 선택하세요.</translation>
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
            <extracomment>the epoch the line shows changed (drawn with the curves, in the same frame: ``live.FrameClock``)</extracomment>
            <translation>에포크 {0}</translation>
        </message>
        <message>
            <source>loss {0}</source>
            <translation>손실 {0}</translation>
        </message>
        <message>
            <source>batch loss {0}</source>
            <translation>배치 손실 {0}</translation>
        </message>
        <message>
            <source>val {0}</source>
            <translation>검증 {0}</translation>
        </message>
        <message>
            <source>{0} samples/s</source>
            <translation>초당 샘플 {0}개</translation>
        </message>
        <message>
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <source>Loss and metrics of the model as it is now, on the training data</source>
            <translation>지금 모델의 손실과 지표 (훈련 세트 기준)</translation>
        </message>
    </context>
    <context>
        <name>SurfacePage</name>
        <message>
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>Learning rate from 0.0001 to 10 (log scale)</source>
            <translation>학습률 0.0001 ~ 10 (로그 눈금)</translation>
        </message>
        <message>
            <source>Steps per run</source>
            <translation>실행당 스텝 수</translation>
        </message>
        <message>
            <source>&amp;Step</source>
            <translation>한 스텝(&amp;S)</translation>
        </message>
        <message>
            <source>One update: parameters ← parameters − learning rate × gradient</source>
            <translation>한 번 갱신: 파라미터 ← 파라미터 − 학습률 × 기울기</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>실행(&amp;R)</translation>
        </message>
        <message>
            <source>Rese&amp;t</source>
            <translation>처음으로(&amp;T)</translation>
        </message>
        <message>
            <source>Learning r&amp;ate η</source>
            <translation>학습률 η(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Optimizer</source>
            <translation>옵티마이저(&amp;O)</translation>
        </message>
        <message>
            <source>Click the map to start somewhere else. Too small a rate crawls; too large a rate jumps across the valley or flies off.</source>
            <translation>지도를 클릭하면 다른 곳에서 출발합니다. 학습률이 너무 작으면 느리게 기어가고, 너무 크면 골짜기를 건너뛰며 진동하거나 튕겨 나갑니다.</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <source>Sl&amp;ice along</source>
            <translation>단면 방향(&amp;I)</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>네스테로프</translation>
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
            <translation>{0} 스텝: {1} = {2}, {3} = {4}
손실 {5}, 기울기 ({6}, {7})</translation>
        </message>
        <message>
            <source>The loss along {0} with {1} held at {2}: the map cut in one line.</source>
            <translation>{1}을(를) {2}에 고정하고 {0}만 바꿀 때의 손실: 지도를 한 줄로 자른 단면입니다.</translation>
        </message>
        <message>
            <source>The walk has diverged at learning rate η = {0}: there is no next step to predict. Try a smaller rate, or press Reset.</source>
            <translation>학습률 η = {0}에서 발산했습니다. 예측할 다음 스텝이 없습니다. 더 작은 학습률을 써 보거나 처음으로를 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>SweepDialog</name>
        <message>
            <source>Sweep settings</source>
            <translation>설정 스윕</translation>
        </message>
        <message>
            <source>values, separated by commas: 0.001, 0.01, 0.1</source>
            <translation>쉼표로 구분한 값: 0.001, 0.01, 0.1</translation>
        </message>
        <message>
            <source>Setting {0}</source>
            <translation>설정 {0}</translation>
        </message>
        <message>
            <source>How many runs train at the same time, each in its own process</source>
            <translation>동시에 훈련할 실행 수 (각각 별도 프로세스)</translation>
        </message>
        <message>
            <source>At a time:</source>
            <translation>동시 실행:</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Learning-rate race</source>
            <translation>학습률 경주</translation>
        </message>
        <message>
            <source>Run learning rates {0} and overlay their loss curves as each finishes</source>
            <translation>학습률 {0}을(를) 실행하고 끝나는 대로 손실 곡선을 겹쳐 그립니다</translation>
        </message>
        <message>
            <source>Double-click a run (or press Enter on it) to open it: it is selected in the Runs panel and its model loaded</source>
            <translation>실행을 더블클릭(또는 Enter)하면 열립니다: 실행 기록 패널에서 선택되고 그 모델을 불러옵니다</translation>
        </message>
        <message>
            <source>Heat map of:</source>
            <translation>히트맵:</translation>
        </message>
        <message>
            <source>Click a cell to find its run in the table; double-click it to open the run: it is selected in the Runs panel and its model loaded</source>
            <translation>칸을 클릭하면 표에서 그 실행을 찾아 줍니다. 더블클릭하면 그 실행을 엽니다: 실행 기록 패널에서 선택되고 그 모델을 불러옵니다</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>Choose two different settings</source>
            <translation>서로 다른 두 설정을 고르세요</translation>
        </message>
        <message>
            <source>{0} runs, {1} at a time…</source>
            <translation>실행 {0}개, 동시에 {1}개…</translation>
        </message>
        <message>
            <source>The runs leave out the project's {0}: they run at the same time and would write the same files. Each run is kept in the Runs panel.</source>
            <translation>이번 실행들은 프로젝트의 {0}을(를) 빼고 학습합니다: 실행들이 동시에 돌면서 같은 파일에 쓰게 되기 때문입니다. 각 실행은 실행 기록 패널에 남습니다.</translation>
        </message>
        <message>
            <source>Cancelled: {0} of {1} runs done; the runs still training were stopped and are not kept</source>
            <translation>취소됨: 실행 {1}개 중 {0}개 완료. 학습 중이던 실행은 멈췄고 보관하지 않습니다</translation>
        </message>
        <message>
            <source>{0} runs done; they are in the Runs panel</source>
            <translation>실행 {0}개 완료. 실행 기록 패널에 있습니다</translation>
        </message>
        <message>
            <source> ({0} failed)</source>
            <translation> ({0}개 실패)</translation>
        </message>
        <message>
            <source> ({0} diverged: the loss became infinite or not a number)</source>
            <translation> (발산 {0}개: 손실이 무한대 또는 숫자가 아닌 값이 되었습니다)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>발산</translation>
        </message>
        <message>
            <source>{0} s</source>
            <translation>{0}초</translation>
        </message>
        <message>
            <source>Diverged: the loss became infinite or not a number, so the run stopped and has no final metrics. The learning rate is probably too high for this batch size.</source>
            <translation>발산: 손실이 무한대 또는 숫자가 아닌 값이 되어 학습이 멈췄고, 최종 지표가 없습니다. 이 배치 크기에는 학습률이 너무 높은 것 같습니다.</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>에포크 수</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>시드</translation>
        </message>
        <message>
            <source>units</source>
            <translation>유닛 수</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <source>dropout rate</source>
            <translation>드롭아웃 비율</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>test {0}</source>
            <translation>테스트 {0}</translation>
        </message>
        <message>
            <source>final {0}</source>
            <translation>최종 {0}</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>%v / %m epochs</source>
            <extracomment>the settings shown for each optimizer (their valid ranges: ``spec.ranges.OPTIMIZER_RANGES``) per state: which of play, pause, step, stop, reset can be pressed</extracomment>
            <translation>%v / %m 에포크</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>학습</translation>
        </message>
        <message>
            <source>Train, resume, or continue training the current model</source>
            <translation>현재 모델을 학습하거나, 일시 정지한 학습을 재개하거나, 끝난 학습을 이어서 더 합니다</translation>
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
            <source>learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <source>The learning rate of the last epoch: lowered on a plateau, it differs from the one set above, where each run starts</source>
            <translation>마지막 에포크의 학습률입니다. 정체되어 낮아지면 위에서 정한 값(실행마다 시작하는 값)과 달라집니다</translation>
        </message>
        <message>
            <source>The current run goes on with the settings it started with; this change applies when training next starts (Stop, then Train, or Reset).</source>
            <translation>지금 실행은 시작할 때의 설정으로 계속됩니다. 이 변경은 다음에 학습을 시작할 때부터 적용됩니다 (정지 후 학습, 또는 초기화).</translation>
        </message>
        <message>
            <source>The data changed while the training was paused: that run was stopped (it is in the Runs panel) and a new run starts on the new data, from new initial weights.</source>
            <translation>일시 정지 중에 데이터가 바뀌었습니다: 그 학습은 정지했고(실행 기록 패널에 있습니다), 새 데이터로 새 초기 가중치에서 새 학습을 시작합니다.</translation>
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
            <source>Training did not start: {0}</source>
            <translation>학습을 시작하지 않았습니다: {0}</translation>
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
            <extracomment>dict: the model of the idle state is there (``{"kept": [...], "reinitialised": [...]}`` after an edit that kept weights, ``{}`` otherwise) dict: loss and metrics of the idle or resting model on the training data (after a weight was typed) str: the project in the editor gives no model, and why (for the user; also ``model_problem``) weights the next model starts from instead of the seeded draw: (spec dict, {"layer/w": array}) (imported, kept after an edit, typed in before any batch); cleared by reset and start where the weights the current (or last) run started from came from, when they were not the seeded draw: ``{"kind": "run", "id": ..., "name": ...}``, ``"file"`` (``name``), ``"kept"`` after an edit, ``"edited"`` (typed in), ``"restored"`` (recovered work); ``None``: the seeded initial weights</extracomment>
            <translation>모델, 데이터 또는 백엔드가 바뀌었습니다: 새 가중치로 학습을 시작합니다.</translation>
        </message>
        <message>
            <source>Paused before epoch {0}, batch {1}: Train resumes, Step trains one batch.</source>
            <translation>에포크 {0}, 배치 {1} 앞에서 일시 정지했습니다: 학습은 이어서 진행하고, 한 단계는 배치 하나만 학습합니다.</translation>
        </message>
        <message>
            <source>The model holds the weights of epoch {0}, the best {1} ({2:.4g}), put back by EarlyStopping.</source>
            <translation>모델에는 {1}이(가) 가장 좋았던({2:.4g}) 에포크 {0}의 가중치가 들어 있습니다. EarlyStopping이 되돌려 놓았습니다.</translation>
        </message>
        <message>
            <source>Written: {0} files and folders, the last {1}</source>
            <translation>저장한 파일과 폴더 {0}개, 마지막: {1}</translation>
        </message>
        <message>
            <source>Written: {0}</source>
            <translation>저장한 곳: {0}</translation>
        </message>
        <message>
            <source>1 epoch</source>
            <translation>에포크 1번</translation>
        </message>
        <message>
            <source>{0} epochs</source>
            <translation>에포크 {0}번</translation>
        </message>
        <message>
            <source>1 batch</source>
            <translation>배치 1개</translation>
        </message>
        <message>
            <source>{0} batches</source>
            <translation>배치 {0}개</translation>
        </message>
        <message>
            <source>Stopped early after {0} (EarlyStopping): loss {1:.4g}</source>
            <translation>{0} 뒤 조기 종료했습니다 (EarlyStopping): 손실 {1:.4g}</translation>
        </message>
        <message>
            <source>Training finished: {0}, loss {1:.4g}</source>
            <translation>학습 완료: {0}, 손실 {1:.4g}</translation>
        </message>
        <message>
            <source>Stopped after {0} and {1} of epoch {2} (trained into the weights; the curves count whole epochs).</source>
            <translation>{0}과 에포크 {2}의 {1}를 학습한 뒤 멈췄습니다(가중치에는 반영되었고, 곡선은 끝난 에포크만 셉니다).</translation>
        </message>
        <message>
            <source>Stopped after {0}.</source>
            <translation>{0} 뒤 멈췄습니다.</translation>
        </message>
        <message>
            <source>Training diverged: {0}</source>
            <translation>학습이 발산했습니다: {0}</translation>
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
            <extracomment>terminal events after which the probes look at the model once more (an error may have left no model) errors that mean "the project cannot be trained as it is"; their message is shown as it is folders the user picked in a dialog: the project's callbacks may write there too weights to start from instead of the seeded draw (imported, kept after an edit, typed in) the data already loaded for this project (the ready model's), or None to load it at most this many epochs a second (None: as fast as it trains); read between epochs, so the GUI may change it during the run (then :meth:`TrainingControl.wake`) seconds between payloads the GUI asks for (its frame interval); set from the GUI thread the built run (model, trainer, dataset); set in the worker thread before the first payload</extracomment>
            <translation>실시간 화면 하나가 갱신을 멈췄습니다: {0}</translation>
        </message>
    </context>
    <context>
        <name>TwoLayerPage</name>
        <message>
            <source>One line cannot cut XOR's corners apart, but two lines can. The hidden unit s₁ = NAND(x₁, x₂) is 0 only at (1, 1); s₂ = OR(x₁, x₂) is 0 only at (0, 0). AND(s₁, s₂) is 1 exactly between the two lines: XOR. The second layer sees the inputs moved to (s₁, s₂), where one line is enough.</source>
            <translation>직선 하나로는 XOR의 모서리들을 나눌 수 없지만 직선 두 개로는 됩니다. 은닉 유닛 s₁ = NAND(x₁, x₂)는 (1, 1)에서만 0이고, s₂ = OR(x₁, x₂)는 (0, 0)에서만 0입니다. AND(s₁, s₂)는 정확히 두 직선 사이에서 1이 되니 XOR입니다. 두 번째 층은 입력을 (s₁, s₂)로 옮겨 보며, 그곳에서는 직선 하나로 충분합니다.</translation>
        </message>
        <message>
            <source>Left: the inputs with the NAND line (orange) and the OR line (blue); the network says 1 in the blue band. Right: the same four points as the hidden units see them, (s₁, s₂), with the AND unit's line — (0, 1) and (1, 0) both land on (1, 1).</source>
            <translation>왼쪽: 입력과 NAND 직선(주황), OR 직선(파랑). 신경망은 파란 띠 안에서 1을 출력합니다. 오른쪽: 은닉 유닛이 보는 같은 네 점 (s₁, s₂)와 AND 유닛의 직선 — (0, 1)과 (1, 0)은 모두 (1, 1)로 갑니다.</translation>
        </message>
        <message>
            <source>Open in the editor</source>
            <translation>편집기에서 열기</translation>
        </message>
        <message>
            <source>Replace the project in the main window with this network (step activations, these weights) on the XOR gate data</source>
            <translation>메인 창의 프로젝트를 이 신경망(계단 함수 활성화, 이 가중치)과 XOR 게이트 데이터로 바꿉니다</translation>
        </message>
        <message>
            <source>Opened the two-layer XOR network: its weights are set by hand, so it needs no training</source>
            <translation>2층 XOR 신경망을 열었습니다: 가중치를 직접 정했으므로 학습이 필요 없습니다</translation>
        </message>
    </context>
    <context>
        <name>UnitEditor</name>
        <message>
            <source>Weights from the notes: AND, NAND, OR, XOR (no weights realise it) and three threshold forms of AND</source>
            <translation>노트의 가중치: AND, NAND, OR, XOR(구현하는 가중치 없음), 그리고 AND의 임계값 형태 세 가지</translation>
        </message>
        <message>
            <source>Target: {0}</source>
            <translation>목표: {0}</translation>
        </message>
        <message>
            <source>Threshold form: θ = −b (fires when w·x &gt; θ)</source>
            <translation>임계값 형태: θ = −b (w·x &gt; θ 이면 발화)</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>프리셋</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <source>θ (threshold)</source>
            <translation>θ (임계값)</translation>
        </message>
        <message>
            <source>b (bias)</source>
            <translation>b (편향)</translation>
        </message>
        <message>
            <source>Threshold form: θ = −b (fires when w·x ≥ θ)</source>
            <translation>임계값 형태: θ = −b (w·x ≥ θ 이면 발화)</translation>
        </message>
        <message>
            <source>{0} = {1}</source>
            <translation>{0} = {1}</translation>
        </message>
        <message>
            <source>Activation: {0}</source>
            <translation>활성화 함수: {0}</translation>
        </message>
        <message>
            <source>Threshold form</source>
            <translation>임계값 형태</translation>
        </message>
        <message>
            <source>Preset: {0}</source>
            <translation>프리셋: {0}</translation>
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
