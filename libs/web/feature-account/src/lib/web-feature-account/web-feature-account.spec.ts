import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebFeatureAccount } from './web-feature-account';

describe('WebFeatureAccount', () => {
  let component: WebFeatureAccount;
  let fixture: ComponentFixture<WebFeatureAccount>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebFeatureAccount]
    }).compileComponents();

    fixture = TestBed.createComponent(WebFeatureAccount);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
